using System.Data.Common;
using System.Text.Json.Nodes;
using Restake.Server.Store;

namespace Restake.Server.Analyses;

/// <summary>Persists analyses (their request and result as JSON).</summary>
public sealed class AnalysisStore(Database db)
{
    private const string Columns = "id, kind, name, status, input, result, error, created_by, created_at, finished_at";

    /// <summary>Stores a finished analysis.</summary>
    public async Task InsertAsync(AnalysisRecord r, CancellationToken ct = default)
    {
        var result = new JsonObject { ["summary"] = r.Summary, ["passed"] = r.Passed, ["result"] = r.Result?.DeepClone() };
        await db.ExecuteAsync($"INSERT INTO analyses ({Columns}) VALUES (@id, @kind, @name, @status, @input, @result, NULL, @by, @created, @finished)",
            new
            {
                id = r.Id, kind = r.Kind, name = r.Name, status = r.Status, input = r.Input.ToJsonString(), result = result.ToJsonString(),
                by = r.CreatedBy, created = r.CreatedAt.ToUnixTimeMilliseconds(), finished = r.FinishedAt?.ToUnixTimeMilliseconds(),
            }, ct);
    }

    /// <summary>One analysis of a kind, or null.</summary>
    public Task<AnalysisRecord?> GetAsync(string kind, string id, CancellationToken ct = default) =>
        db.QuerySingleAsync($"SELECT {Columns} FROM analyses WHERE kind = @kind AND id = @id", r => Read(r, full: true), new { kind, id }, ct);

    /// <summary>The newest analyses of a kind (without inputs and results).</summary>
    public Task<List<AnalysisRecord>> ListAsync(string kind, int limit, CancellationToken ct = default) =>
        db.QueryAsync($"SELECT {Columns} FROM analyses WHERE kind = @kind ORDER BY created_at DESC, id DESC LIMIT @limit",
            r => Read(r, full: false), new { kind, limit = (long)limit }, ct);

    private static AnalysisRecord Read(DbDataReader r, bool full)
    {
        var stored = JsonNode.Parse(r.TextOrNull("result") ?? "{}")!.AsObject();
        return new AnalysisRecord(r.Text("id"), r.Text("kind"), r.Text("name"), r.Text("status"), (string?)stored["summary"] ?? "",
            (bool?)stored["passed"], full ? JsonNode.Parse(r.Text("input"))!.AsObject() : [], full ? stored["result"]?.DeepClone() : null,
            r.Text("created_by"), Sql.Time(r.Long("created_at")), r.LongOrNull("finished_at") is { } f ? Sql.Time(f) : null);
    }
}
