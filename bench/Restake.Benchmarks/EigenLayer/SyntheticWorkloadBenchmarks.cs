using BenchmarkDotNet.Attributes;
using Restake.Sandbox.EigenLayer.Bench;

namespace Restake.Benchmarks.EigenLayer;

/// <summary>
/// The deterministic mixed workload (deposits, delegation changes, allocations, slashes, escrow clearing, queued and
/// completed withdrawals). Reported time is per call, so operations/s = 1e9 / mean ns.
/// </summary>
[MemoryDiagnoser]
public class SyntheticWorkloadBenchmarks
{
    private const int Ops = 20_000;
    private SyntheticWorkload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = new SyntheticWorkload(stakers: 1_000, operators: 16, seed: 1);
        Console.WriteLine($"// warm-up tally: {_workload.Run(Ops)}");
    }

    /// <summary>Every invocation continues the same world: exactly <see cref="Ops"/> calls.</summary>
    [Benchmark(OperationsPerInvoke = Ops)]
    public long MixedWorkload() => _workload.Run(Ops).Operations;
}
