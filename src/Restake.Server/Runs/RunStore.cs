using System.Data.Common;
using Restake.Server.Store;

namespace Restake.Server.Runs;

/// <summary>Persists runs and their completed batches. Progress is written in the same transaction as each batch.</summary>
public sealed class RunStore(Database db)
{
    private const string Columns = """
        id, mode, scenario_id, scenario_version, scenario_yaml, seed, paths, batch_size, batches_total, batches_done,
        paths_done, status, cancel_requested, error, summary, submitted_by, idempotency_key, request_hash, created_at,
        started_at, finished_at, resumed
        """;

    /// <summary>
    /// Inserts a run unless its submitter already used the idempotency key; returns the stored run and whether it is new.
    /// </summary>
    public async Task<(RunRecord Run, bool Created)> InsertAsync(RunRecord run, CancellationToken ct = default)
    {
        var inserted = await db.ExecuteAsync($"""
            INSERT INTO runs ({Columns}) VALUES (@id, @mode, @scenarioId, @scenarioVersion, @yaml, @seed, @paths, @batchSize,
                @batchesTotal, 0, 0, @status, 0, NULL, NULL, @by, @key, @hash, @created, NULL, NULL, 0)
            ON CONFLICT (submitted_by, idempotency_key) DO NOTHING
            """,
            new
            {
                id = run.Id, mode = run.Mode, scenarioId = run.ScenarioId, scenarioVersion = run.ScenarioVersion, yaml = run.ScenarioYaml,
                seed = run.Seed, paths = run.Paths, batchSize = run.BatchSize, batchesTotal = run.BatchesTotal, status = Name(RunStatus.Queued),
                by = run.SubmittedBy, key = run.IdempotencyKey, hash = run.RequestHash, created = run.CreatedAt.ToUnixTimeMilliseconds(),
            }, ct);
        if (inserted == 1) return ((await GetAsync(run.Id, ct))!, true);
        var existing = await db.QuerySingleAsync($"SELECT {Columns} FROM runs WHERE submitted_by = @by AND idempotency_key = @key",
            Read, new { by = run.SubmittedBy, key = run.IdempotencyKey }, ct);
        return (existing ?? throw new InvalidOperationException("idempotent insert found no run"), false);
    }

    /// <summary>One run, or null.</summary>
    public Task<RunRecord?> GetAsync(string id, CancellationToken ct = default) =>
        db.QuerySingleAsync($"SELECT {Columns} FROM runs WHERE id = @id", Read, new { id }, ct);

    /// <summary>The newest runs first, optionally of one status.</summary>
    public Task<List<RunRecord>> ListAsync(RunStatus? status, int limit, CancellationToken ct = default) => status is { } s
        ? db.QueryAsync($"SELECT {Columns} FROM runs WHERE status = @status ORDER BY created_at DESC, id DESC LIMIT @limit", Read, new { status = Name(s), limit = (long)limit }, ct)
        : db.QueryAsync($"SELECT {Columns} FROM runs ORDER BY created_at DESC, id DESC LIMIT @limit", Read, new { limit = (long)limit }, ct);

    /// <summary>Runs not yet finished, oldest first (what a restarting server must pick up).</summary>
    public Task<List<RunRecord>> ListUnfinishedAsync(CancellationToken ct = default) =>
        db.QueryAsync($"SELECT {Columns} FROM runs WHERE status IN ('queued', 'running') ORDER BY created_at, id", Read, null, ct);

    /// <summary>Number of runs waiting for a worker.</summary>
    public async Task<long> CountQueuedAsync(CancellationToken ct = default)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await Sql.ScalarLongAsync(c, null, "SELECT COUNT(*) FROM runs WHERE status = 'queued'", null, ct);
    }

    /// <summary>Moves a queued run to running; counts a resume when it had already started before.</summary>
    public async Task<bool> MarkRunningAsync(string id, CancellationToken ct = default) =>
        await db.ExecuteAsync("""
            UPDATE runs SET status = 'running',
                resumed = resumed + CASE WHEN started_at IS NULL THEN 0 ELSE 1 END,
                started_at = COALESCE(started_at, @now)
            WHERE id = @id AND status IN ('queued', 'running')
            """, new { id, now = Sql.Now() }, ct) == 1;

    /// <summary>Stores a completed batch and the run's progress in one transaction; false if the run is no longer running.</summary>
    public Task<bool> CompleteBatchAsync(string id, long index, long firstPath, long count, string data, CancellationToken ct = default) =>
        db.InTransactionAsync(async (c, tx) =>
        {
            var running = await Sql.ScalarLongAsync(c, tx, "SELECT COUNT(*) FROM runs WHERE id = @id AND status = 'running'", new { id }, ct);
            if (running == 0) return false;
            await Sql.ExecuteAsync(c, tx, """
                INSERT INTO run_batches (run_id, batch_index, first_path, path_count, data, completed_at)
                VALUES (@id, @index, @firstPath, @count, @data, @now) ON CONFLICT (run_id, batch_index) DO NOTHING
                """, new { id, index, firstPath, count, data, now = Sql.Now() }, ct);
            await Sql.ExecuteAsync(c, tx, """
                UPDATE runs SET
                    batches_done = (SELECT COUNT(*) FROM run_batches WHERE run_id = @id),
                    paths_done = (SELECT COALESCE(SUM(path_count), 0) FROM run_batches WHERE run_id = @id)
                WHERE id = @id
                """, new { id }, ct);
            return true;
        }, ct);

    /// <summary>Indices of the batches already stored.</summary>
    public async Task<HashSet<long>> BatchIndicesAsync(string id, CancellationToken ct = default) =>
        [.. await db.QueryAsync("SELECT batch_index FROM run_batches WHERE run_id = @id", r => r.Long("batch_index"), new { id }, ct)];

    /// <summary>Every stored batch in order.</summary>
    public Task<List<StoredBatch>> BatchesAsync(string id, CancellationToken ct = default) =>
        db.QueryAsync("SELECT batch_index, first_path, path_count, data FROM run_batches WHERE run_id = @id ORDER BY batch_index",
            ReadBatch, new { id }, ct);

    /// <summary>The stored batches overlapping paths <c>[offset, offset + limit)</c>.</summary>
    public Task<List<StoredBatch>> BatchesCoveringAsync(string id, long offset, long limit, CancellationToken ct = default) =>
        db.QueryAsync("""
            SELECT batch_index, first_path, path_count, data FROM run_batches
            WHERE run_id = @id AND first_path < @end AND first_path + path_count > @offset ORDER BY batch_index
            """, ReadBatch, new { id, offset, end = offset + limit }, ct);

    /// <summary>Finishes a run that is still queued or running; false when it had already finished.</summary>
    public async Task<bool> FinishAsync(string id, RunStatus status, string? summary, string? error, CancellationToken ct = default) =>
        await db.ExecuteAsync("""
            UPDATE runs SET status = @status, summary = @summary, error = @error, finished_at = @now
            WHERE id = @id AND status IN ('queued', 'running')
            """, new { id, status = Name(status), summary, error, now = Sql.Now() }, ct) == 1;

    /// <summary>Flags a run for cancellation; a queued run is cancelled at once. Returns the run afterwards, or null.</summary>
    public async Task<RunRecord?> RequestCancelAsync(string id, CancellationToken ct = default)
    {
        await db.ExecuteAsync("UPDATE runs SET cancel_requested = 1 WHERE id = @id AND status IN ('queued', 'running')", new { id }, ct);
        await db.ExecuteAsync("""
            UPDATE runs SET status = 'cancelled', error = 'cancelled before it started', finished_at = @now
            WHERE id = @id AND status = 'queued'
            """, new { id, now = Sql.Now() }, ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Deletes a finished run and its batches; false when there is no such finished run.</summary>
    public Task<bool> DeleteFinishedAsync(string id, CancellationToken ct = default) =>
        db.InTransactionAsync(async (c, tx) =>
        {
            var removed = await Sql.ExecuteAsync(c, tx, "DELETE FROM runs WHERE id = @id AND status IN ('succeeded', 'failed', 'cancelled')", new { id }, ct);
            if (removed > 0) await Sql.ExecuteAsync(c, tx, "DELETE FROM run_batches WHERE run_id = @id", new { id }, ct);
            return removed > 0;
        }, ct);

    /// <summary>The stored name of a status.</summary>
    public static string Name(RunStatus s) => s.ToString().ToLowerInvariant();

    private static RunRecord Read(DbDataReader r) => new(
        r.Text("id"), r.Text("mode"), r.TextOrNull("scenario_id"), r.LongOrNull("scenario_version"), r.Text("scenario_yaml"),
        r.Long("seed"), r.Long("paths"), r.Long("batch_size"), r.Long("batches_total"), r.Long("batches_done"), r.Long("paths_done"),
        Enum.Parse<RunStatus>(r.Text("status"), ignoreCase: true), r.Long("cancel_requested") != 0, r.TextOrNull("error"),
        r.TextOrNull("summary"), r.Text("submitted_by"), r.TextOrNull("idempotency_key"), r.Text("request_hash"),
        Sql.Time(r.Long("created_at")), r.LongOrNull("started_at") is { } s ? Sql.Time(s) : null,
        r.LongOrNull("finished_at") is { } f ? Sql.Time(f) : null, r.Long("resumed"));

    private static StoredBatch ReadBatch(DbDataReader r) => new(r.Long("batch_index"), r.Long("first_path"), r.Long("path_count"), r.Text("data"));
}
