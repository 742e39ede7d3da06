using System.Data.Common;
using System.Reflection;

namespace Restake.Server.Store;

/// <summary>Small ADO.NET helpers shared by every repository: named parameters from an anonymous object, typed reads.</summary>
public static class Sql
{
    /// <summary>Creates a command with <paramref name="args"/>' properties as <c>@name</c> parameters.</summary>
    public static DbCommand Command(DbConnection c, DbTransaction? tx, string sql, object? args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        if (args is null) return cmd;
        foreach (var p in args.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var parameter = cmd.CreateParameter();
            parameter.ParameterName = p.Name;
            var value = p.GetValue(args);
            parameter.Value = value switch
            {
                null => DBNull.Value,
                bool b => b ? 1L : 0L,
                int i => (long)i,
                _ => value,
            };
            cmd.Parameters.Add(parameter);
        }

        return cmd;
    }

    /// <summary>Executes a statement; returns the affected row count.</summary>
    public static async Task<int> ExecuteAsync(DbConnection c, DbTransaction? tx, string sql, object? args, CancellationToken ct = default)
    {
        await using var cmd = Command(c, tx, sql, args);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Reads every row.</summary>
    public static async Task<List<T>> QueryAsync<T>(DbConnection c, DbTransaction? tx, string sql, Func<DbDataReader, T> map, object? args, CancellationToken ct = default)
    {
        await using var cmd = Command(c, tx, sql, args);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(map(reader));
        return rows;
    }

    /// <summary>Reads one scalar value as a 64-bit integer (0 when null).</summary>
    public static async Task<long> ScalarLongAsync(DbConnection c, DbTransaction? tx, string sql, object? args, CancellationToken ct = default)
    {
        await using var cmd = Command(c, tx, sql, args);
        var v = await cmd.ExecuteScalarAsync(ct);
        return v is null or DBNull ? 0 : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A column as a 64-bit integer, whichever integer type the engine returns.</summary>
    public static long Long(this DbDataReader r, string name) => Convert.ToInt64(r[name], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A nullable integer column.</summary>
    public static long? LongOrNull(this DbDataReader r, string name) => r[name] is DBNull ? null : r.Long(name);

    /// <summary>A text column.</summary>
    public static string Text(this DbDataReader r, string name) => (string)r[name];

    /// <summary>A nullable text column.</summary>
    public static string? TextOrNull(this DbDataReader r, string name) => r[name] as string;

    /// <summary>Milliseconds since the Unix epoch, the store's time format.</summary>
    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>Converts a stored time to a date.</summary>
    public static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    /// <summary>A new identifier: 26 lowercase hex-like characters, sortable by creation time.</summary>
    public static string NewId(string prefix)
    {
        var ms = Now();
        Span<byte> random = stackalloc byte[8];
        System.Security.Cryptography.RandomNumberGenerator.Fill(random);
        return $"{prefix}_{ms:x12}{Convert.ToHexStringLower(random)}";
    }
}
