using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Restake.Simulation.MonteCarlo;
using Restake.Simulation.Results;
using Restake.Simulation.World;

namespace Restake.Benchmarks.Simulation;

/// <summary>
/// The fast Monte Carlo path on one thread: a batch of paths of the default scenario over 90 and 365 days. Divide by
/// paths for time per path; <see cref="MonteCarloScaling"/> prints the throughput figures (paths and edge updates per second).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 5)]
public class MonteCarloBenchmarks
{
    private WorldModel _world = null!;

    /// <summary>Horizon in days.</summary>
    [Params(90, 365)]
    public int Days { get; set; }

    /// <summary>Paths per invocation.</summary>
    [Params(4096)]
    public int Paths { get; set; }

    /// <summary>Compiles the world.</summary>
    [GlobalSetup]
    public void Setup() => _world = BenchScenario.World(Days);

    /// <summary>One single-threaded run.</summary>
    [Benchmark]
    public double FastRun()
    {
        var run = new MonteCarloRun(_world, Paths, 42, RunMode.Fast);
        run.RunBatches(0, run.Batches, threads: 1);
        return run.Accumulator.Layout.Points;
    }
}
