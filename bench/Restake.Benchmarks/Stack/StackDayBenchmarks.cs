using BenchmarkDotNet.Attributes;
using Restake.Sandbox.Stack;

namespace Restake.Benchmarks.Stack;

/// <summary>
/// One simulated day of the whole wired stack (EigenLayer core with 2,000 operators and 100,000 stakers, an ezETH
/// vault restaking in it, an ETH/ezETH pool, an Aave market with 1,000 borrowers); see <see cref="StackDayWorkload"/>
/// for the day's activity. Each invocation runs the next day of the same evolving world.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class StackDayBenchmarks
{
    private StackDayWorkload _workload = null!;

    [GlobalSetup]
    public void Setup() => _workload = new StackDayWorkload(new StackDayShape());

    /// <summary>Time per simulated day.</summary>
    [Benchmark]
    public StackDayTiming OneDay() => _workload.RunDay();
}
