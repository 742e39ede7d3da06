using Restake.Scenarios.Loading;
using Restake.Scenarios.Model;

namespace Restake.Scenarios.Tests.Loading;

/// <summary>The holder-behaviour fields of the market model: reservation prices, panic stock, cost of capital, looper spread.</summary>
public class MarketBehaviourFieldsTests
{
    private static string With(string panic, string arbitrage, string loopers) => ScenarioLoaderTests.Example
        .Replace("  panicSelling: { discountThreshold: 0.02, navLossThreshold: 0.01, fractionPerDay: 0.05 }\n",
            $"  panicSelling: {{ discountThreshold: 0.02, navLossThreshold: 0.01, fractionPerDay: 0.05{panic} }}\n")
        .Replace("  arbitrage: { capacityEthPerDay: 50000 }\n", $"  arbitrage: {{ capacityEthPerDay: 50000{arbitrage} }}\n")
        .Replace("  loopers: { targetLeverage: 5, venue: aave-core, shareOfSupply: 0.2 }\n",
            $"  loopers: {{ targetLeverage: 5, venue: aave-core, shareOfSupply: 0.2{loopers} }}\n");

    private static string Fails(string text) =>
        Assert.Throws<InputException>(() => ScenarioLoader.Parse(text, "example.yaml")).Message;

    [Fact]
    public void Loads_the_fields()
    {
        var s = ScenarioLoader.Parse(With(", reservationDiscount: 0.08, shareOfHolders: 0.136", ", costOfCapital: 0.075", ", minLeverage: 3"), "example.yaml");
        Assert.Equal((0.08, 0.136), (s.Holders.PanicSelling.ReservationDiscount, s.Holders.PanicSelling.ShareOfHolders));
        Assert.Equal(0.075, s.Holders.Arbitrage.CostOfCapital);
        Assert.Equal(3, s.Holders.Loopers!.MinLeverage);
    }

    [Fact]
    public void Defaults_when_left_out()
    {
        var s = ScenarioLoader.Parse(With("", "", ""), "example.yaml");
        Assert.Equal(PanicSelling.DefaultReservationDiscount, s.Holders.PanicSelling.ReservationDiscount);
        Assert.Equal(1, s.Holders.PanicSelling.ShareOfHolders);
        Assert.Equal(Arbitrage.DefaultCostOfCapital, s.Holders.Arbitrage.CostOfCapital);
        Assert.Null(s.Holders.Loopers!.MinLeverage);
    }

    [Fact]
    public void Selling_rates_above_a_day_are_allowed_up_to_the_hour()
    {
        var fast = ScenarioLoaderTests.Example.Replace("fractionPerDay: 0.05", "fractionPerDay: 3");
        Assert.Equal(3, ScenarioLoader.Parse(fast, "example.yaml").Holders.PanicSelling.FractionPerDay);
        Assert.Contains("holders.panicSelling.fractionPerDay", Fails(ScenarioLoaderTests.Example.Replace("fractionPerDay: 0.05", "fractionPerDay: 25")));
        Assert.Contains("expected a number in [0, 24]", Fails(ScenarioLoaderTests.Example.Replace("fractionPerDay: 0.05", "fractionPerDay: -0.05")));
    }

    [Fact]
    public void Rejects_out_of_range_values()
    {
        Assert.Contains("holders.panicSelling.reservationDiscount", Fails(With(", reservationDiscount: 1.5", "", "")));
        Assert.Contains("holders.panicSelling.shareOfHolders", Fails(With(", shareOfHolders: -0.1", "", "")));
        Assert.Contains("holders.arbitrage.costOfCapital", Fails(With("", ", costOfCapital: -1", "")));
        Assert.Contains("holders.loopers.minLeverage", Fails(With("", "", ", minLeverage: 6")));
    }
}
