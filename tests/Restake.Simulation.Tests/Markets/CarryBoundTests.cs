using Restake.Simulation.Markets;

namespace Restake.Simulation.Tests.Markets;

public class CarryBoundTests
{
    [Fact]
    public void Break_even_price_of_holding_to_redemption()
    {
        // 300 days at 7.5 % against a 4 % yield: (1 + 0.04·300/365)/(1 + 0.075·300/365), less the 4 bp fee.
        var years = 300 / 365.0;
        var expected = (1 - 0.0004) * (1 + 0.04 * years) / (1 + 0.075 * years);
        Assert.Equal(expected, CarryBound.Price(0.0004, 0.075, 0.04, 300), 15);
        Assert.InRange(expected, 0.972, 0.974);
    }

    [Fact]
    public void Longer_delays_and_dearer_capital_lower_the_bound()
    {
        Assert.True(CarryBound.Price(0, 0.05, 0.03, 300) < CarryBound.Price(0, 0.05, 0.03, 30));
        Assert.True(CarryBound.Price(0, 0.10, 0.03, 30) < CarryBound.Price(0, 0.05, 0.03, 30));
        Assert.Equal(1 - 0.001, CarryBound.Price(0.001, 0.05, 0.03, 0), 15);
    }

    [Fact]
    public void A_yield_above_the_cost_of_capital_never_bids_above_the_peg() =>
        Assert.Equal(1 - 0.0004, CarryBound.Price(0.0004, 0.02, 0.04, 365), 15);
}
