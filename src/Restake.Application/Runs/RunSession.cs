using System.Diagnostics;
using Restake.Simulation.MonteCarlo;

namespace Restake.Application.Runs;

/// <summary>
/// A prepared run whose batches can be run in pieces (a server persists progress per batch and resumes from a batch
/// index); <see cref="Result"/> summarises once every batch is done.
/// </summary>
public sealed class RunSession
{
    private readonly Stopwatch _clock = new();
    private readonly bool[] _done;
    private int _doneCount;

    internal RunSession(RunRequest request, Restake.Scenarios.Model.Scenario scenario, Restake.Simulation.World.WorldModel world, MonteCarloRun run)
    {
        Request = request;
        Scenario = scenario;
        World = world;
        Run = run;
        _done = new bool[run.Batches];
    }

    /// <summary>The request.</summary>
    public RunRequest Request { get; }

    /// <summary>The validated scenario.</summary>
    public Restake.Scenarios.Model.Scenario Scenario { get; }

    /// <summary>The compiled world.</summary>
    public Restake.Simulation.World.WorldModel World { get; }

    /// <summary>The Monte Carlo run.</summary>
    public MonteCarloRun Run { get; }

    /// <summary>Number of batches.</summary>
    public int Batches => Run.Batches;

    /// <summary>Batches done so far.</summary>
    public int BatchesDone => Volatile.Read(ref _doneCount);

    /// <summary>Runs batches [<paramref name="fromBatch"/>, <paramref name="toBatch"/> ?? end), reporting progress after each.</summary>
    public void RunBatches(int fromBatch = 0, int? toBatch = null, Action<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        _clock.Start();
        try
        {
            Run.RunBatches(fromBatch, toBatch ?? Run.Batches, Request.Threads, batch =>
            {
                long paths;
                int done;
                lock (_done)
                {
                    if (!_done[batch])
                    {
                        _done[batch] = true;
                        _doneCount++;
                    }

                    done = _doneCount;
                    paths = Math.Min((long)done * Run.BatchSize, Run.Paths);
                }

                progress?.Invoke(new RunProgress(done, Run.Batches, paths, Run.Paths));
            }, cancellation);
        }
        finally
        {
            _clock.Stop();
        }
    }

    /// <summary>
    /// Counts batch <paramref name="batch"/> as done without running it: its paths were written into
    /// <see cref="MonteCarloRun.Accumulator"/> from stored output (a server resuming after a restart).
    /// </summary>
    public void MarkRestored(int batch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(batch);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(batch, Run.Batches);
        lock (_done)
        {
            if (_done[batch]) return;
            _done[batch] = true;
            _doneCount++;
        }
    }

    /// <summary>The run's result; every batch must be done.</summary>
    public RunResult Result()
    {
        if (BatchesDone != Run.Batches) throw new InvalidOperationException($"{Run.Batches - BatchesDone} batches are not done.");
        return RunSummary.Build(this, _clock.Elapsed.TotalSeconds);
    }
}
