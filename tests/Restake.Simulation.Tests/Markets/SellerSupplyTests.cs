using CsCheck;
using Restake.Simulation.Markets;
using Restake.Simulation.MonteCarlo;

namespace Restake.Simulation.Tests.Markets;

public class SellerSupplyTests
{
    private static readonly Gen<(double Eth, double Token, double A, double Desired)> Cases =
        Gen.Select(Gen.Double[100, 1e6], Gen.Double[0.5, 3.0], Gen.Double[5, 500], Gen.Double[0.001, 2.0])
            .Select((eth, skew, a, share) => (eth, eth * skew, a, eth * share));

    private static double PriceAfter(double eth, double token, double a, double sold) =>
        StableSwapSearch.PriceAfterSale(eth, token, sold, StableSwapSearch.Invariant(eth, token, a), a);

    [Fact]
    public void Selling_stops_at_the_reservation_price() =>
        Cases.Sample(c =>
        {
            const double fee = 0.0004, trigger = 0.97, reservation = 0.92;
            var sold = SellerSupply.Sale(c.Eth, c.Token, c.A, fee, c.Desired, trigger, reservation);
            var received = (1 - fee) * PriceAfter(c.Eth, c.Token, c.A, sold);
            var start = (1 - fee) * StableSwapSearch.Price(c.Eth, c.Token, c.A);
            return sold >= 0 && sold <= c.Desired && (start <= reservation ? sold == 0 : received >= reservation - 1e-9);
        }, iter: 500);

    [Fact]
    public void The_amount_sold_is_the_intensity_at_the_price_it_leaves() =>
        Cases.Sample(c =>
        {
            const double fee = 0.0004, trigger = 1.0, reservation = 0.85;
            var sold = SellerSupply.Sale(c.Eth, c.Token, c.A, fee, c.Desired, trigger, reservation);
            var received = (1 - fee) * PriceAfter(c.Eth, c.Token, c.A, sold);
            var intensity = Math.Clamp((received - reservation) / (trigger - reservation), 0, 1);
            return Math.Abs(sold - c.Desired * intensity) <= 1e-6 * c.Desired;
        }, iter: 500);

    [Fact]
    public void Sellers_sell_less_as_the_discount_deepens()
    {
        // The same wish to sell meets a pool already at a deeper discount: less is sold.
        var shallow = SellerSupply.Sale(100_000, 120_000, 50, 0, 5_000, 1, 0.9);
        var deep = SellerSupply.Sale(100_000, 400_000, 50, 0, 5_000, 1, 0.9);
        Assert.True(StableSwapSearch.Price(100_000, 400_000, 50) > 0.9);
        Assert.True(deep < shallow, $"deep {deep} shallow {shallow}");
        Assert.True(deep > 0);
    }

    [Fact]
    public void Without_an_elastic_band_sellers_sell_all_they_want_above_the_reservation()
    {
        var all = SellerSupply.Sale(100_000, 100_000, 100, 0, 1_000, 0.9, 0.9);
        Assert.Equal(1_000, all);
        var capped = SellerSupply.Sale(100_000, 100_000, 100, 0, 1e7, 0.9, 0.9);
        Assert.Equal(StableSwapSearch.TokenToReach(100_000, 100_000, 100, 0.9), capped, 6);
    }

    [Fact]
    public void Token_to_reach_agrees_with_bisection() =>
        Cases.Sample(c =>
        {
            var price = StableSwapSearch.Price(c.Eth, c.Token, c.A);
            var target = price * 0.9;
            var sold = StableSwapSearch.TokenToReach(c.Eth, c.Token, c.A, target);
            double lo = 0, hi = sold * 2 + c.Eth;
            for (var i = 0; i < 200; i++)
            {
                var mid = 0.5 * (lo + hi);
                if (PriceAfter(c.Eth, c.Token, c.A, mid) > target) lo = mid;
                else hi = mid;
            }

            var reached = PriceAfter(c.Eth, c.Token, c.A, sold);
            return reached <= target && Math.Abs(sold - hi) <= 1e-9 * Math.Max(1, hi);
        }, iter: 500);
}
