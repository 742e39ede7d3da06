using Restake.Reports.Bands;
using Restake.Scenarios.Loading;
using Restake.Scenarios.Model;

namespace Restake.Reports.Tests.Bands;

/// <summary>
/// The June 2022 stETH replay's Curve price band, checked with the exact StableSwap engine at the recorded balances:
/// no simulation is involved, so this holds the file's pool parameters to the documented 0.937 ETH.
/// </summary>
public class StethReplayBandTests
{
    private static readonly Scenario Replay = ScenarioLoader.Load(RepoPaths.Scenario("steth-june-2022.yaml"));

    [Fact]
    public void Curve_price_at_the_recorded_balances_is_the_reference_quote()
    {
        var pool = Replay.Venues.Pools.Single(p => p.Id == "curve-steth");
        // Reference test vector TV-2: get_dy(1 → 0, 1e18) = 937,006,282,864,657,075 wei at A = 50, 4 bp.
        Assert.Equal(0.937006282864657075, InitialPoolPrice.Of(pool), 15);
    }

    [Fact]
    public void The_replays_pool_price_band_holds()
    {
        var outcome = ExpectedBands.Check(Replay, null).Single(o => o.Band.Metric == ExpectedMetric.InitialPoolPrice);
        Assert.Equal(BandStatus.Inside, outcome.Status);
        Assert.InRange(outcome.Value!.Value, 0.937, 0.9371);
    }

    [Fact]
    public void Figures_that_need_a_run_are_not_measured_without_one()
    {
        var others = ExpectedBands.Check(Replay, null).Where(o => o.Band.Metric != ExpectedMetric.InitialPoolPrice).ToList();
        Assert.NotEmpty(others);
        Assert.All(others, o => Assert.Equal(BandStatus.NotMeasured, o.Status));
    }

    [Theory]
    [InlineData(491000, 111300, 1.0)]    // the imbalance reversed: stETH is the scarce side and sells above 1
    [InlineData(300000, 300000, 0.999)]  // balanced: only the fee and curvature
    public void Other_balances_fall_outside_the_band(double eth, double steth, double atLeast)
    {
        var pool = Replay.Venues.Pools.Single() with { Balances = [eth, steth] };
        var scenario = Replay with { Venues = Replay.Venues with { Pools = [pool] } };
        var outcome = ExpectedBands.Check(scenario, null).Single(o => o.Band.Metric == ExpectedMetric.InitialPoolPrice);
        Assert.Equal(BandStatus.Outside, outcome.Status);
        Assert.True(outcome.Value >= atLeast, $"price {outcome.Value}");
    }

    [Fact]
    public void Lower_amplification_deepens_the_discount_as_the_reference_table_says()
    {
        // Reference marginal prices (fee 0) by A at the June balances: A=30 → 0.9020, A=100 → 0.9671.
        var pool = Replay.Venues.Pools.Single() with { Fee = 0 };
        Assert.Equal(0.9020, InitialPoolPrice.Of(pool with { Amplification = 30 }), 3);
        Assert.Equal(0.9671, InitialPoolPrice.Of(pool with { Amplification = 100 }), 3);
    }
}
