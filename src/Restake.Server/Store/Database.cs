using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Restake.Server.Store;

/// <summary>
/// Connections to the configured store. Every repository writes portable SQL (named <c>@parameters</c>, BIGINT, TEXT,
/// DOUBLE PRECISION, <c>ON CONFLICT</c>) so one implementation serves SQLite and PostgreSQL alike.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    private readonly string? sqliteConnectionString;
    private readonly NpgsqlDataSource? postgres;

    private Database(DatabaseLocation location, string? sqlite, NpgsqlDataSource? pg)
    {
        Location = location;
        sqliteConnectionString = sqlite;
        postgres = pg;
    }

    /// <summary>Where the data lives.</summary>
    public DatabaseLocation Location { get; }

    /// <summary>The engine behind the connections.</summary>
    public StoreKind Kind => Location.Kind;

    /// <summary>Opens the store and applies pending schema migrations.</summary>
    public static async Task<Database> OpenAsync(DatabaseLocation location, CancellationToken ct = default)
    {
        Database db;
        if (location.Kind == StoreKind.Sqlite)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(location.Target));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            var cs = new SqliteConnectionStringBuilder
            {
                DataSource = location.Target,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Cache = SqliteCacheMode.Private,
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
            db = new Database(location, cs, null);
        }
        else
        {
            db = new Database(location, null, NpgsqlDataSource.Create(location.Target));
        }

        await Migrations.ApplyAsync(db, ct);
        return db;
    }

    /// <summary>Opens a pooled connection.</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken ct = default)
    {
        if (postgres is not null) return await postgres.OpenConnectionAsync(ct);
        var c = new SqliteConnection(sqliteConnectionString);
        await c.OpenAsync(ct);
        return c;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns and rolled back when it throws.</summary>
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct = default)
    {
        await using var c = await OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var result = await work(c, tx);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>Executes a statement outside any explicit transaction; returns the affected row count.</summary>
    public async Task<int> ExecuteAsync(string sql, object? args = null, CancellationToken ct = default)
    {
        await using var c = await OpenConnectionAsync(ct);
        return await Sql.ExecuteAsync(c, null, sql, args, ct);
    }

    /// <summary>Reads every row of a query.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, object? args = null, CancellationToken ct = default)
    {
        await using var c = await OpenConnectionAsync(ct);
        return await Sql.QueryAsync(c, null, sql, map, args, ct);
    }

    /// <summary>Reads the first row of a query, or default.</summary>
    public async Task<T?> QuerySingleAsync<T>(string sql, Func<DbDataReader, T> map, object? args = null, CancellationToken ct = default)
    {
        var rows = await QueryAsync(sql, map, args, ct);
        return rows.Count == 0 ? default : rows[0];
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (postgres is not null) await postgres.DisposeAsync();
        if (sqliteConnectionString is not null) SqliteConnection.ClearAllPools();
    }
}
