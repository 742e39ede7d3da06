using Restake.Application.Runs;
using Restake.Simulation.Results;
using AppRunService = Restake.Application.Runs.RunService;

namespace Restake.Server.Runs.Modes;

/// <summary>
/// A scenario YAML run — the simulation <c>restake run</c> performs — as a run mode: batches are the Monte Carlo
/// run's own batches, run through <see cref="RunSession.RunBatches"/>; each stored batch holds its paths' figures, so
/// the summary (the same summary.json text as the CLI writes) is rebuilt from the store after any restart.
/// </summary>
public abstract class ScenarioRunExecutor(RunMode mode) : IRunExecutor
{
    private readonly SessionCache sessions = new();

    /// <inheritdoc />
    public abstract string Mode { get; }

    /// <inheritdoc />
    public abstract string Description { get; }

    /// <inheritdoc />
    public RunPlan Plan(RunInput input) => new(sessions.Get(input, Prepare).Run.BatchSize);

    /// <inheritdoc />
    public BatchOutput RunBatch(RunInput input, RunPlan plan, long firstPath, int count, CancellationToken ct)
    {
        var session = sessions.Get(input, Prepare);
        if (firstPath % session.Run.BatchSize != 0)
            throw new InvalidOperationException($"path {firstPath} does not start a batch of {session.Run.BatchSize}");
        var batch = (int)(firstPath / session.Run.BatchSize);
        session.RunBatches(batch, batch + 1, null, ct);
        return ScenarioPathSlices.Extract(session.Run.Accumulator, (int)firstPath, count);
    }

    /// <inheritdoc />
    public RunSummary Summarize(RunInput input, RunPlan plan, IReadOnlyList<BatchOutput> batches)
    {
        sessions.Forget(input);
        var session = Prepare(input);
        foreach (var batch in batches)
        {
            ScenarioPathSlices.Restore(session.Run.Accumulator, batch);
            if (batch.Paths.Count > 0) session.MarkRestored((int)(batch.Paths[0].Path / session.Run.BatchSize));
        }

        return ScenarioRunSummary.Of(session.Result());
    }

    /// <summary>The request the CLI would run for the same (scenario text, seed, paths, mode).</summary>
    public RunRequest Request(RunInput input) =>
        new(null, input.ScenarioYaml, Scenarios.ScenarioLoaderValidator.SourceName, input.Paths, checked((ulong)input.Seed), mode);

    private RunSession Prepare(RunInput input) => AppRunService.Prepare(Request(input));

    /// <summary>The last prepared sessions by input, so consecutive batches of a run share one compiled world.</summary>
    private sealed class SessionCache
    {
        private const int Capacity = 2;
        private readonly List<(RunInput Input, RunSession Session)> entries = [];

        public RunSession Get(RunInput input, Func<RunInput, RunSession> prepare)
        {
            lock (entries)
            {
                var i = entries.FindIndex(e => e.Input == input);
                if (i >= 0) return entries[i].Session;
            }

            var session = prepare(input);
            lock (entries)
            {
                entries.Add((input, session));
                if (entries.Count > Capacity) entries.RemoveAt(0);
            }

            return session;
        }

        public void Forget(RunInput input)
        {
            lock (entries) entries.RemoveAll(e => e.Input == input);
        }
    }
}
