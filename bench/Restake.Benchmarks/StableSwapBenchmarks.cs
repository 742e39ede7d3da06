using BenchmarkDotNet.Attributes;
using Restake.Numerics;
using Restake.Protocols.Amm;

namespace Restake.Benchmarks;

/// <summary>StableSwap quotes with exact integer math: get_dy on the 2020 stETH pool and an NG pool, and get_D alone.</summary>
[MemoryDiagnoser]
public class StableSwapBenchmarks
{
    private static readonly UInt256 E18 = Wad.One;
    private readonly StableSwapLegacyPool _balanced = StableSwapLegacyPool.FromBalances(50, 4_000_000, 5_000_000_000, [100_000 * E18, 100_000 * E18], 200_000 * E18);
    private readonly StableSwapLegacyPool _imbalanced = StableSwapLegacyPool.FromBalances(50, 4_000_000, 5_000_000_000, [111_300 * E18, 491_000 * E18], 600_000 * E18);
    private readonly StableSwapNgPool _ng = StableSwapNgPool.FromBalances(200, 1_000_000, 50_000_000_000UL, [E18, E18], [10_000 * E18, 10_000 * E18], 20_000 * E18);
    private readonly UInt256 _dx = 1_000 * E18;
    private readonly UInt256[] _xp = [111_300 * E18, 491_000 * E18];

    [Benchmark(Baseline = true)]
    public UInt256 LegacyGetDyBalanced() => _balanced.GetDy(1, 0, _dx);

    [Benchmark]
    public UInt256 LegacyGetDyImbalanced() => _imbalanced.GetDy(1, 0, _dx);

    [Benchmark]
    public UInt256 NgGetDy() => _ng.GetDy(1, 0, _dx);

    [Benchmark]
    public UInt256 GetD() => StableSwapMath.GetD(_xp, 5_000, StableSwapVariant.Legacy);
}
