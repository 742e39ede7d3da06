using System.Security.Cryptography;
using System.Text;
using Restake.Server.Problems;
using Restake.Server.Scenarios;
using Restake.Server.Store;

namespace Restake.Server.Runs;

/// <summary>
/// Run use cases shared by the CLI and the HTTP API: submit (idempotently), inspect progress, cancel, and read the
/// summary, per-path data and report.
/// </summary>
public sealed class RunService(RunStore store, ScenarioService scenarios, RunExecutors executors, JobRunner runner, JobRunnerOptions options)
{
    /// <summary>Longest accepted idempotency key.</summary>
    public const int MaxIdempotencyKeyLength = 200;

    /// <summary>The modes this server can run.</summary>
    public IReadOnlyList<IRunExecutor> Modes => executors.All;

    /// <summary>
    /// Stores and queues a run. With an idempotency key, a repeated submission returns the first run instead of
    /// starting another; reusing the key for a different request is a conflict.
    /// </summary>
    public async Task<(RunRecord Run, bool Created)> SubmitAsync(RunSubmission request, string? idempotencyKey, string actor, CancellationToken ct = default)
    {
        if (idempotencyKey is { Length: > MaxIdempotencyKeyLength })
            throw new InvalidFieldException("Idempotency-Key", $"is longer than {MaxIdempotencyKeyLength} characters");
        if (string.IsNullOrWhiteSpace(request.Mode)) throw new InvalidFieldException("mode", "is required");
        var executor = executors.Find(request.Mode)
                       ?? throw new InvalidFieldException("mode", $"'{request.Mode}' is not available; available: {string.Join(", ", executors.All.Select(e => e.Mode))}");
        if (request.Seed is not { } seed || seed < 0) throw new InvalidFieldException("seed", "is required and must be a non-negative integer");
        if (request.Paths is not { } paths || paths < 1 || paths > options.MaxPaths)
            throw new InvalidFieldException("paths", $"is required and must be between 1 and {options.MaxPaths}");
        var (scenarioId, version, yaml) = await ResolveScenarioAsync(request, ct);
        var input = new RunInput(yaml, seed, paths);
        RunPlan plan;
        try
        {
            plan = executor.Plan(input);
        }
        catch (InputException e)
        {
            throw new ValidationFailedException(request.ScenarioYaml is null ? "scenarioId" : "scenarioYaml", [InputMessages.ToValidation(e, "scenario")]);
        }

        if (plan.BatchSize < 1) throw new InvalidOperationException($"mode '{executor.Mode}' planned an empty batch");
        var hash = RequestHash(executor.Mode, scenarioId, version, yaml, seed, paths);
        if (idempotencyKey is null && await store.CountQueuedAsync(ct) >= options.MaxQueued)
            throw new BusyException($"{options.MaxQueued} runs are already waiting; retry later");
        var record = new RunRecord(Sql.NewId("run"), executor.Mode, scenarioId, version, yaml, seed, paths, plan.BatchSize,
            (paths + plan.BatchSize - 1) / plan.BatchSize, 0, 0, RunStatus.Queued, false, null, null, actor, idempotencyKey, hash,
            DateTimeOffset.UtcNow, null, null, 0);
        var (run, created) = await store.InsertAsync(record, ct);
        if (!created && run.RequestHash != hash)
            throw new ConflictException("the idempotency key was already used for a different submission", "Idempotency-Key");
        if (created) runner.Enqueue(run.Id);
        return (run, created);
    }

    /// <summary>One run.</summary>
    public async Task<RunRecord> GetAsync(string id, CancellationToken ct = default) =>
        await store.GetAsync(id, ct) ?? throw new NotFoundException("run", id);

    /// <summary>Recent runs, newest first.</summary>
    public Task<List<RunRecord>> ListAsync(RunStatus? status, int limit, CancellationToken ct = default) =>
        store.ListAsync(status, Math.Clamp(limit, 1, 1000), ct);

    /// <summary>Asks a run to stop; a finished run cannot be cancelled.</summary>
    public async Task<RunRecord> CancelAsync(string id, CancellationToken ct = default)
    {
        var run = await GetAsync(id, ct);
        if (run.IsFinished) throw new ConflictException($"the run has already {run.Status.ToString().ToLowerInvariant()}");
        var after = await store.RequestCancelAsync(id, ct) ?? throw new NotFoundException("run", id);
        runner.SignalCancel(id);
        return after;
    }

    /// <summary>The summary of a succeeded run.</summary>
    public async Task<RunSummary> SummaryAsync(string id, CancellationToken ct = default)
    {
        var run = await GetAsync(id, ct);
        if (run.Status != RunStatus.Succeeded || run.SummaryJson is null)
            throw new ConflictException($"the run is {run.Status.ToString().ToLowerInvariant()}; a summary exists once it has succeeded");
        return BatchCodec.DecodeSummary(run.SummaryJson);
    }

    /// <summary>Per-path outcomes in <c>[offset, offset + limit)</c> among the batches completed so far.</summary>
    public async Task<RunPathsPage> PathsAsync(string id, long offset, int limit, CancellationToken ct = default)
    {
        if (offset < 0) throw new InvalidFieldException("offset", "must be non-negative");
        if (limit is < 1 or > 10_000) throw new InvalidFieldException("limit", "must be between 1 and 10000");
        var run = await GetAsync(id, ct);
        var batches = await store.BatchesCoveringAsync(id, offset, limit, ct);
        var paths = batches.SelectMany(b => BatchCodec.Decode(b.Data).Paths)
            .Where(p => p.Path >= offset && p.Path < offset + limit).OrderBy(p => p.Path).ToList();
        return new RunPathsPage(id, offset, limit, run.Paths, paths);
    }

    /// <summary>A self-contained HTML report of a succeeded run.</summary>
    public async Task<string> ReportAsync(string id, CancellationToken ct = default)
    {
        var summary = await SummaryAsync(id, ct);
        return RunReport.Html(await GetAsync(id, ct), summary);
    }

    /// <summary>Deletes a finished run.</summary>
    public async Task DeleteAsync(string id, CancellationToken ct = default)
    {
        var run = await GetAsync(id, ct);
        if (!run.IsFinished) throw new ConflictException("cancel the run before deleting it");
        if (!await store.DeleteFinishedAsync(id, ct)) throw new NotFoundException("run", id);
    }

    private async Task<(string? Id, long? Version, string Yaml)> ResolveScenarioAsync(RunSubmission request, CancellationToken ct)
    {
        if (request.ScenarioId is not null && request.ScenarioYaml is not null)
            throw new InvalidFieldException("scenarioYaml", "give either scenarioId or scenarioYaml, not both");
        if (request.ScenarioId is { } sid)
        {
            var doc = await scenarios.GetAsync(sid, request.ScenarioVersion, ct);
            return (sid, doc.Version.Version, doc.Version.Yaml);
        }

        if (request.ScenarioYaml is null) throw new InvalidFieldException("scenarioId", "give scenarioId or scenarioYaml");
        if (string.IsNullOrWhiteSpace(request.ScenarioYaml)) throw new InvalidFieldException("scenarioYaml", "the scenario text is empty");
        if (request.ScenarioYaml.Length > ScenarioService.MaxYamlLength)
            throw new InvalidFieldException("scenarioYaml", $"is longer than {ScenarioService.MaxYamlLength} characters");
        // Inline text is checked by the mode's own planner (each mode reads its own format), with line and field.
        return (null, null, request.ScenarioYaml);
    }

    private static string RequestHash(string mode, string? scenarioId, long? version, string yaml, long seed, long paths)
    {
        var text = $"{mode}\n{scenarioId}\n{version}\n{seed}\n{paths}\n{yaml}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
