namespace Restake.Server.Runs;

/// <summary>
/// One kind of run ("mode") the job runner executes in batches of paths. A batch's output must depend only on
/// (scenario, seed, path indices), never on batching or threads, so an interrupted run resumes to the same result.
/// </summary>
public interface IRunExecutor
{
    /// <summary>The mode name clients submit (e.g. "slashing-mc").</summary>
    string Mode { get; }

    /// <summary>One line on what the mode computes.</summary>
    string Description { get; }

    /// <summary>Checks the scenario for this mode and fixes the batch layout; throws <see cref="InputException"/> for bad input.</summary>
    RunPlan Plan(RunInput input);

    /// <summary>Simulates paths <c>[firstPath, firstPath + count)</c>, honouring <paramref name="ct"/> between paths.</summary>
    BatchOutput RunBatch(RunInput input, RunPlan plan, long firstPath, int count, CancellationToken ct);

    /// <summary>Combines all batches into the run's summary; the default summarises losses, yields and trajectories.</summary>
    RunSummary Summarize(RunInput input, RunPlan plan, IReadOnlyList<BatchOutput> batches) => RunSummarizer.Summarize(plan, batches);
}

/// <summary>What a run is asked to do: the scenario text, the seed and the number of paths.</summary>
public sealed record RunInput(string ScenarioYaml, long Seed, long Paths);

/// <summary>
/// How a run is laid out: paths per batch, and the x-axis of per-path trajectories (e.g. days) when the mode records
/// them.
/// </summary>
public sealed record RunPlan(int BatchSize, IReadOnlyList<double>? TrajectorySteps = null, string? TrajectoryLabel = null);

/// <summary>
/// The outcome of one batch: one entry per path, in path order, and optionally mode-specific compact data the mode
/// needs to rebuild its summary (e.g. recorded trajectories, base64-encoded).
/// </summary>
public sealed record BatchOutput(IReadOnlyList<PathOutcome> Paths, string? State = null);

/// <summary>
/// One path's outcome. <c>Values</c> by convention holds "loss" (fraction of value lost) and "yield.&lt;layer&gt;"
/// entries; <c>Trajectory</c> is a value series at <see cref="RunPlan.TrajectorySteps"/>.
/// </summary>
public sealed record PathOutcome(long Path, IReadOnlyDictionary<string, double> Values, IReadOnlyList<double>? Trajectory = null);
