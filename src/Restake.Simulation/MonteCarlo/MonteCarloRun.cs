using Restake.Simulation.Fast;
using Restake.Simulation.Results;
using Restake.Simulation.World;

namespace Restake.Simulation.MonteCarlo;

/// <summary>
/// A Monte Carlo run of a world over fixed batches of paths: each path on its own streams keyed by (seed, path,
/// process), written into the accumulator by path index, so the result depends only on (world, paths, seed, mode) —
/// never on the thread count or the order batches run in. Batches are the unit of progress, cancellation and resumption.
/// </summary>
public sealed class MonteCarloRun
{
    /// <summary>Paths per batch on the fast path.</summary>
    public const int FastBatchSize = 4096;

    /// <summary>Paths per batch on the exact path.</summary>
    public const int ExactBatchSize = 16;

    /// <summary>Most paths one run takes (every path's figures are kept).</summary>
    public const int MaxPaths = 20_000_000;

    private readonly Func<WorldModel, EngineSet> _engines;

    /// <summary>A run of <paramref name="paths"/> paths of <paramref name="world"/> in <paramref name="mode"/>.</summary>
    public MonteCarloRun(WorldModel world, int paths, ulong seed, RunMode mode, Func<WorldModel, EngineSet>? exactEngines = null)
    {
        if (paths is < 2 or > MaxPaths) throw new ArgumentOutOfRangeException(nameof(paths), paths, $"Paths must be in [2, {MaxPaths}].");
        World = world;
        Paths = paths;
        Seed = seed;
        Mode = mode;
        BatchSize = mode == RunMode.Fast ? FastBatchSize : ExactBatchSize;
        Batches = (paths + BatchSize - 1) / BatchSize;
        Accumulator = new RunAccumulator(world, paths);
        _engines = mode == RunMode.Fast
            ? FastEngines
            : exactEngines ?? throw new ArgumentNullException(nameof(exactEngines), "The exact path needs its engines.");
    }

    /// <summary>The world simulated.</summary>
    public WorldModel World { get; }

    /// <summary>Number of paths.</summary>
    public int Paths { get; }

    /// <summary>Seed of every stream.</summary>
    public ulong Seed { get; }

    /// <summary>Fast or exact.</summary>
    public RunMode Mode { get; }

    /// <summary>Paths per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Number of batches.</summary>
    public int Batches { get; }

    /// <summary>Where paths are collected.</summary>
    public RunAccumulator Accumulator { get; }

    /// <summary>The fast path's engines: doubles.</summary>
    public static EngineSet FastEngines(WorldModel world) =>
        new(new FastLedger(world), world.Pools.Select(p => (IPoolEngine)new FastPool(p)).ToArray());

    /// <summary>
    /// Runs batches [<paramref name="fromBatch"/>, <paramref name="toBatch"/>) on up to <paramref name="threads"/>
    /// threads, calling <paramref name="batchDone"/> (from any thread) after each.
    /// </summary>
    public void RunBatches(int fromBatch, int toBatch, int? threads = null, Action<int>? batchDone = null,
        CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromBatch);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(toBatch, Batches);
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancellation };
        Parallel.For(fromBatch, toBatch, options,
            () =>
            {
                var sim = new PathSimulator(World, _engines(World), Seed);
                return (Sim: sim, Record: sim.NewRecord());
            },
            (batch, state, worker) =>
            {
                var end = Math.Min(Paths, (batch + 1) * BatchSize);
                for (var path = batch * BatchSize; path < end; path++)
                {
                    if (cancellation.IsCancellationRequested) state.Stop();
                    worker.Sim.Run(path, worker.Record, Accumulator.StoresPoints(path));
                    Accumulator.Store(path, worker.Record);
                }

                batchDone?.Invoke(batch);
                return worker;
            },
            _ => { });
        cancellation.ThrowIfCancellationRequested();
    }
}
