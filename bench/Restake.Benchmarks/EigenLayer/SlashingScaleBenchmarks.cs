using BenchmarkDotNet.Attributes;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Sandbox.EigenLayer.Bench;

namespace Restake.Benchmarks.EigenLayer;

/// <summary>
/// Slashing an operator with 10 vs 100,000 delegated stakers: the contracts touch only operator-level state, so the
/// cost must not grow with the number of stakers.
/// </summary>
[MemoryDiagnoser]
public class SlashingScaleBenchmarks
{
    private ElBenchWorld _world = null!;
    private SlashingParams _slash = null!;

    [Params(10, 100_000)]
    public int Stakers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _world = new ElBenchWorld(Stakers, operators: 1);
        _world.DepositAndDelegateAll(UInt256.Parse("32000000000000000000"));
        // The smallest wad removes one unit of magnitude per slash, so the operator stays slashable throughout.
        _slash = _world.SmallestSlash();
    }

    [Benchmark]
    public SlashResult SlashOperator()
    {
        var core = _world.Core;
        core.AdvanceBlocks(1);
        return core.Execute(() => core.AllocationManager.SlashOperator(_world.Avs, _world.Avs, _slash));
    }
}
