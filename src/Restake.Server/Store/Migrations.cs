using System.Data.Common;

namespace Restake.Server.Store;

/// <summary>
/// Ordered schema migrations, applied once each and recorded in <c>schema_migrations</c>. Add a migration by appending
/// to <see cref="All"/>; never edit one that has shipped.
/// </summary>
public static class Migrations
{
    /// <summary>One schema step.</summary>
    public sealed record Migration(int Version, string Name, string[] Statements);

    /// <summary>Every migration, oldest first.</summary>
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "scenarios", [
            """
            CREATE TABLE scenarios (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                latest_version BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                created_by TEXT NOT NULL)
            """,
            """
            CREATE TABLE scenario_versions (
                scenario_id TEXT NOT NULL,
                version BIGINT NOT NULL,
                yaml TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                created_by TEXT NOT NULL,
                PRIMARY KEY (scenario_id, version))
            """,
        ]),
        new(2, "api keys", [
            """
            CREATE TABLE api_keys (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                role TEXT NOT NULL,
                key_hash TEXT NOT NULL UNIQUE,
                prefix TEXT NOT NULL,
                rate_per_second BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                revoked_at BIGINT NULL)
            """,
        ]),
        new(3, "runs", [
            """
            CREATE TABLE runs (
                id TEXT PRIMARY KEY,
                mode TEXT NOT NULL,
                scenario_id TEXT NULL,
                scenario_version BIGINT NULL,
                scenario_yaml TEXT NOT NULL,
                seed BIGINT NOT NULL,
                paths BIGINT NOT NULL,
                batch_size BIGINT NOT NULL,
                batches_total BIGINT NOT NULL,
                batches_done BIGINT NOT NULL,
                paths_done BIGINT NOT NULL,
                status TEXT NOT NULL,
                cancel_requested BIGINT NOT NULL,
                error TEXT NULL,
                summary TEXT NULL,
                submitted_by TEXT NOT NULL,
                idempotency_key TEXT NULL,
                request_hash TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                started_at BIGINT NULL,
                finished_at BIGINT NULL,
                resumed BIGINT NOT NULL,
                UNIQUE (submitted_by, idempotency_key))
            """,
            "CREATE INDEX runs_status ON runs (status, created_at)",
            """
            CREATE TABLE run_batches (
                run_id TEXT NOT NULL,
                batch_index BIGINT NOT NULL,
                first_path BIGINT NOT NULL,
                path_count BIGINT NOT NULL,
                data TEXT NOT NULL,
                completed_at BIGINT NOT NULL,
                PRIMARY KEY (run_id, batch_index))
            """,
        ]),
        new(4, "analyses", [
            """
            CREATE TABLE analyses (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                status TEXT NOT NULL,
                input TEXT NOT NULL,
                result TEXT NULL,
                error TEXT NULL,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                finished_at BIGINT NULL)
            """,
            "CREATE INDEX analyses_kind ON analyses (kind, created_at)",
        ]),
    ];

    /// <summary>Applies every migration newer than the store's recorded version, each in its own transaction.</summary>
    public static async Task ApplyAsync(Database db, CancellationToken ct = default)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        if (db.Kind == StoreKind.Sqlite)
        {
            // WAL lets readers proceed while a batch is being written; the mode is persistent in the file.
            await Sql.ExecuteAsync(c, null, "PRAGMA journal_mode=WAL", null, ct);
        }

        await Sql.ExecuteAsync(c, null,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
            null, ct);
        foreach (var m in All)
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            if (db.Kind == StoreKind.Postgres)
            {
                // Two servers starting on one database must not both migrate.
                await Sql.ExecuteAsync(c, tx, "SELECT pg_advisory_xact_lock(727274)", null, ct);
            }

            var applied = await Sql.ScalarLongAsync(c, tx, "SELECT COUNT(*) FROM schema_migrations WHERE version = @v", new { v = (long)m.Version }, ct);
            if (applied == 0)
            {
                foreach (var statement in m.Statements) await Sql.ExecuteAsync(c, tx, statement, null, ct);
                await Sql.ExecuteAsync(c, tx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)",
                    new { v = (long)m.Version, n = m.Name, t = Sql.Now() }, ct);
            }

            await tx.CommitAsync(ct);
        }
    }

    /// <summary>The versions recorded as applied, ascending.</summary>
    public static async Task<List<long>> AppliedAsync(Database db, CancellationToken ct = default) =>
        await db.QueryAsync("SELECT version FROM schema_migrations ORDER BY version", r => r.Long("version"), null, ct);

    /// <summary>The SQLite journal mode (e.g. "wal"); null for PostgreSQL.</summary>
    public static async Task<string?> JournalModeAsync(Database db, CancellationToken ct = default)
    {
        if (db.Kind != StoreKind.Sqlite) return null;
        await using DbConnection c = await db.OpenConnectionAsync(ct);
        await using var cmd = Sql.Command(c, null, "PRAGMA journal_mode", null);
        return (await cmd.ExecuteScalarAsync(ct))?.ToString();
    }
}
