using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Restake.Server.Access;
using Restake.Server.Problems;
using Restake.Server.Runs;

namespace Restake.Server.Api;

/// <summary>Run resources: submit (202), list, progress, cancel, summary, per-path data, report, delete; and the run modes.</summary>
public static class RunEndpoints
{
    /// <summary>Header carrying the idempotency key of a submission.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Adds the endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/modes", (RunService runs) => runs.Modes.Select(m => new ModeView(m.Mode, m.Description)))
            .RequireRole(Role.Viewer).WithTags("runs").WithSummary("Run modes this server can execute.");
        var g = api.MapGroup("/runs").WithTags("runs");
        g.MapPost("/", async (HttpContext ctx, RunService runs) =>
            {
                var body = await RequestBody.ReadAsync<RunSubmission>(ctx);
                var key = ctx.Request.Headers[IdempotencyHeader].ToString();
                var (run, created) = await runs.SubmitAsync(body, key.Length == 0 ? null : key, ctx.Caller().Id, ctx.RequestAborted);
                if (!created) ctx.Response.Headers["Idempotent-Replayed"] = "true";
                return Results.Accepted($"/api/runs/{run.Id}", RunView.Of(run));
            })
            .RequireRole(Role.Analyst).Accepts<RunSubmission>("application/json").Produces<RunView>(202)
            .ProducesProblem(400).ProducesProblem(409).ProducesProblem(422).ProducesProblem(503)
            .WithSummary("Submit a run; with an Idempotency-Key header a retried submission returns the first run.");
        g.MapGet("/", async (HttpContext ctx, RunService runs) =>
            {
                var statusText = Query.Text(ctx, "status");
                RunStatus? status = null;
                if (statusText is not null)
                    status = Enum.TryParse<RunStatus>(statusText, true, out var s) && !int.TryParse(statusText, out _)
                        ? s : throw new InvalidFieldException("status", "must be queued, running, succeeded, failed or cancelled");
                var list = await runs.ListAsync(status, (int)Math.Clamp(Query.Long(ctx, "limit") ?? 100, 1, 1000), ctx.RequestAborted);
                return list.Select(RunView.Of);
            })
            .RequireRole(Role.Viewer).WithSummary("Recent runs, newest first (?status=, ?limit=).");
        g.MapGet("/{id}", async (string id, RunService runs, CancellationToken ct) => RunView.Of(await runs.GetAsync(id, ct)))
            .RequireRole(Role.Viewer).Produces<RunView>().ProducesProblem(404).WithSummary("A run with its progress.");
        g.MapGet("/{id}/progress", async (string id, RunService runs, CancellationToken ct) => ProgressView.Of(await runs.GetAsync(id, ct)))
            .RequireRole(Role.Viewer).Produces<ProgressView>().ProducesProblem(404).WithSummary("Progress of a run (batches and paths done).");
        g.MapPost("/{id}/cancel", async (string id, RunService runs, CancellationToken ct) => Results.Accepted($"/api/runs/{id}", RunView.Of(await runs.CancelAsync(id, ct))))
            .RequireRole(Role.Analyst).Produces<RunView>(202).ProducesProblem(404).ProducesProblem(409).WithSummary("Cancel a queued or running run.");
        g.MapGet("/{id}/summary", (string id, RunService runs, CancellationToken ct) => runs.SummaryAsync(id, ct))
            .RequireRole(Role.Viewer).Produces<RunSummary>().ProducesProblem(404).ProducesProblem(409).WithSummary("Summary of a succeeded run.");
        g.MapGet("/{id}/paths", (HttpContext ctx, string id, RunService runs) =>
                runs.PathsAsync(id, Query.Long(ctx, "offset") ?? 0, (int)Math.Clamp(Query.Long(ctx, "limit") ?? 100, int.MinValue, int.MaxValue), ctx.RequestAborted))
            .RequireRole(Role.Viewer).Produces<RunPathsPage>().ProducesProblem(404).WithSummary("Per-path outcomes (?offset=, ?limit= up to 10000).");
        g.MapGet("/{id}/report", async (string id, RunService runs, CancellationToken ct) => Results.Content(await runs.ReportAsync(id, ct), "text/html; charset=utf-8"))
            .RequireRole(Role.Viewer).ProducesProblem(404).ProducesProblem(409).WithSummary("Self-contained HTML report of a succeeded run.");
        g.MapDelete("/{id}", async (string id, RunService runs, CancellationToken ct) =>
            {
                await runs.DeleteAsync(id, ct);
                return Results.NoContent();
            })
            .RequireRole(Role.Admin).ProducesProblem(404).ProducesProblem(409).WithSummary("Delete a finished run.");
    }
}

/// <summary>A run mode.</summary>
public sealed record ModeView(string Mode, string Description);

/// <summary>A run as shown by the API (without its scenario text and summary).</summary>
public sealed record RunView(
    string Id, string Mode, string? ScenarioId, long? ScenarioVersion, long Seed, long Paths, string Status, long BatchesDone,
    long BatchesTotal, long PathsDone, double Progress, bool CancelRequested, string? Error, string SubmittedBy,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, long Resumed)
{
    /// <summary>Projects a stored run.</summary>
    public static RunView Of(RunRecord r) => new(r.Id, r.Mode, r.ScenarioId, r.ScenarioVersion, r.Seed, r.Paths, RunStore.Name(r.Status),
        r.BatchesDone, r.BatchesTotal, r.PathsDone, r.BatchesTotal == 0 ? 0 : (double)r.BatchesDone / r.BatchesTotal, r.CancelRequested,
        r.Error, r.SubmittedBy, r.CreatedAt, r.StartedAt, r.FinishedAt, r.Resumed);
}

/// <summary>Progress of a run.</summary>
public sealed record ProgressView(string Id, string Status, long BatchesDone, long BatchesTotal, long PathsDone, long Paths, double Progress, string? Error)
{
    /// <summary>Projects a stored run.</summary>
    public static ProgressView Of(RunRecord r) => new(r.Id, RunStore.Name(r.Status), r.BatchesDone, r.BatchesTotal, r.PathsDone, r.Paths,
        r.BatchesTotal == 0 ? 0 : (double)r.BatchesDone / r.BatchesTotal, r.Error);
}
