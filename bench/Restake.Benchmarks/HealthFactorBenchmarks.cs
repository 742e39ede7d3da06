using BenchmarkDotNet.Attributes;
using Restake.Numerics;
using Restake.Protocols.Lending.Aave;
using Restake.Protocols.Lending.Morpho;

namespace Restake.Benchmarks;

/// <summary>Health checks: Aave getUserAccountData over three reserves (one accruing), Morpho's isHealthy.</summary>
[MemoryDiagnoser]
public class HealthFactorBenchmarks
{
    private static readonly UInt256 E18 = Wad.One;
    private readonly AaveMarket _aave = new(1_000);
    private readonly MorphoMarket _morpho = new(860_000_000_000_000_000UL, UInt256.Parse("1000000000000000000000000000000000000"));

    public HealthFactorBenchmarks()
    {
        var rates = InterestRateModel.FromBps(9_000, 0, 270, 8_000);
        _aave.AddReserve("wstETH", new ReserveConfiguration(18, 7_800, 8_100, 10_600, 1_000, 1_500), rates, new MarketPrice(360_000_000_000UL));
        _aave.AddReserve("weETH", new ReserveConfiguration(18, 7_250, 7_500, 10_750, 1_000, 1_500), rates, new MarketPrice(320_000_000_000UL));
        _aave.AddReserve("WETH", new ReserveConfiguration(18, 8_000, 8_300, 10_500, 1_000, 1_500), rates, new MarketPrice(300_000_000_000UL));
        _aave.Supply("whale", "WETH", 100_000 * E18);
        _aave.Supply("user", "wstETH", 100 * E18);
        _aave.Supply("user", "weETH", 50 * E18);
        _aave.Borrow("user", "WETH", 120 * E18);
        _aave.Warp(1_000 + 86_400); // indexes must be extrapolated on every read
        _morpho.Supply("lender", 1_000 * E18, UInt256.Zero);
        _morpho.SupplyCollateral("user", 100 * E18);
        _morpho.Borrow("user", 80 * E18, UInt256.Zero);
    }

    [Benchmark(Baseline = true)]
    public UInt256 AaveHealthFactor() => _aave.HealthFactor("user");

    [Benchmark]
    public bool MorphoIsHealthy() => _morpho.IsHealthy("user");
}
