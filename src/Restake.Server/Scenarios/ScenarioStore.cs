using System.Data.Common;
using Restake.Server.Store;

namespace Restake.Server.Scenarios;

/// <summary>Persists scenarios and their versions; every update appends a version, none is rewritten.</summary>
public sealed class ScenarioStore(Database db)
{
    private const string InfoColumns = "id, name, latest_version, created_at, updated_at, created_by";

    /// <summary>Stores a new scenario with version 1.</summary>
    public async Task<ScenarioDocument> CreateAsync(string name, string yaml, string actor, CancellationToken ct = default)
    {
        var id = Sql.NewId("scn");
        var now = Sql.Now();
        await db.InTransactionAsync(async (c, tx) =>
        {
            await Sql.ExecuteAsync(c, tx,
                "INSERT INTO scenarios (id, name, latest_version, created_at, updated_at, created_by) VALUES (@id, @name, 1, @now, @now, @actor)",
                new { id, name, now, actor }, ct);
            await Sql.ExecuteAsync(c, tx,
                "INSERT INTO scenario_versions (scenario_id, version, yaml, created_at, created_by) VALUES (@id, 1, @yaml, @now, @actor)",
                new { id, yaml, now, actor }, ct);
            return 0;
        }, ct);
        var info = new ScenarioInfo(id, name, 1, Sql.Time(now), Sql.Time(now), actor);
        return new(info, new ScenarioVersion(id, 1, yaml, Sql.Time(now), actor));
    }

    /// <summary>All scenarios, most recently updated first.</summary>
    public Task<List<ScenarioInfo>> ListAsync(CancellationToken ct = default) =>
        db.QueryAsync($"SELECT {InfoColumns} FROM scenarios ORDER BY updated_at DESC, id", ReadInfo, null, ct);

    /// <summary>One scenario, or null.</summary>
    public Task<ScenarioInfo?> GetAsync(string id, CancellationToken ct = default) =>
        db.QuerySingleAsync($"SELECT {InfoColumns} FROM scenarios WHERE id = @id", ReadInfo, new { id }, ct);

    /// <summary>One version's text, or null.</summary>
    public Task<ScenarioVersion?> GetVersionAsync(string id, long version, CancellationToken ct = default) =>
        db.QuerySingleAsync("SELECT scenario_id, version, yaml, created_at, created_by FROM scenario_versions WHERE scenario_id = @id AND version = @version",
            ReadVersion, new { id, version }, ct);

    /// <summary>Every version of a scenario, newest first (text included).</summary>
    public Task<List<ScenarioVersion>> ListVersionsAsync(string id, CancellationToken ct = default) =>
        db.QueryAsync("SELECT scenario_id, version, yaml, created_at, created_by FROM scenario_versions WHERE scenario_id = @id ORDER BY version DESC",
            ReadVersion, new { id }, ct);

    /// <summary>
    /// Appends a version when the latest is still <paramref name="expectedVersion"/> (any when null). Returns null when
    /// the scenario is gone, and the current latest version number in <c>Conflict</c> when it moved on.
    /// </summary>
    public async Task<(ScenarioDocument? Document, long? Conflict)> AppendVersionAsync(
        string id, string name, string yaml, long? expectedVersion, string actor, CancellationToken ct = default)
    {
        return await db.InTransactionAsync<(ScenarioDocument?, long?)>(async (c, tx) =>
        {
            var current = await ReadInfoAsync(c, tx, id, ct);
            if (current is null) return (null, null);
            if (expectedVersion is { } expected && expected != current.LatestVersion) return (null, current.LatestVersion);
            var next = current.LatestVersion + 1;
            var now = Sql.Now();
            // The guarded update makes two concurrent writers of the same base version collide instead of both winning.
            var moved = await Sql.ExecuteAsync(c, tx,
                "UPDATE scenarios SET latest_version = @next, name = @name, updated_at = @now WHERE id = @id AND latest_version = @prev",
                new { next, name, now, id, prev = current.LatestVersion }, ct);
            if (moved == 0) return (null, current.LatestVersion);
            await Sql.ExecuteAsync(c, tx,
                "INSERT INTO scenario_versions (scenario_id, version, yaml, created_at, created_by) VALUES (@id, @next, @yaml, @now, @actor)",
                new { id, next, yaml, now, actor }, ct);
            var info = current with { Name = name, LatestVersion = next, UpdatedAt = Sql.Time(now) };
            return (new ScenarioDocument(info, new ScenarioVersion(id, next, yaml, Sql.Time(now), actor)), null);
        }, ct);
    }

    /// <summary>Deletes a scenario and all its versions; returns false when it did not exist.</summary>
    public Task<bool> DeleteAsync(string id, CancellationToken ct = default) =>
        db.InTransactionAsync(async (c, tx) =>
        {
            await Sql.ExecuteAsync(c, tx, "DELETE FROM scenario_versions WHERE scenario_id = @id", new { id }, ct);
            return await Sql.ExecuteAsync(c, tx, "DELETE FROM scenarios WHERE id = @id", new { id }, ct) > 0;
        }, ct);

    private static async Task<ScenarioInfo?> ReadInfoAsync(DbConnection c, DbTransaction tx, string id, CancellationToken ct)
    {
        var rows = await Sql.QueryAsync(c, tx, $"SELECT {InfoColumns} FROM scenarios WHERE id = @id", ReadInfo, new { id }, ct);
        return rows.Count == 0 ? null : rows[0];
    }

    private static ScenarioInfo ReadInfo(DbDataReader r) => new(
        r.Text("id"), r.Text("name"), r.Long("latest_version"), Sql.Time(r.Long("created_at")), Sql.Time(r.Long("updated_at")), r.Text("created_by"));

    private static ScenarioVersion ReadVersion(DbDataReader r) => new(
        r.Text("scenario_id"), r.Long("version"), r.Text("yaml"), Sql.Time(r.Long("created_at")), r.Text("created_by"));
}
