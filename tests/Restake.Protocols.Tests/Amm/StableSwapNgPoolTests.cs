using Restake.Numerics;
using Restake.Protocols.Amm;
using static Restake.Protocols.Tests.Amm.StableSwapMathTests;

namespace Restake.Protocols.Tests.Amm;

public class StableSwapNgPoolTests
{
    private static readonly UInt256[] PlainRates = [Wad.One, Wad.One];

    private static StableSwapNgPool Pool(ulong b0 = 10_000, ulong b1 = 10_000, UInt256[]? rates = null)
    {
        var pool = new StableSwapNgPool(200, 1_000_000, 50_000_000_000UL, rates ?? PlainRates, 866, 1_000);
        pool.AddLiquidity("lp", [Ether(b0), Ether(b1)], UInt256.Zero);
        return pool;
    }

    [Fact]
    public void ExchangePaysTheQuoteAndBooksHalfTheFee()
    {
        var pool = Pool();
        var quote = pool.QuoteExchange(1, 0, Ether(100));
        Assert.Equal(quote.Dy, pool.Exchange(1, 0, Ether(100), quote.Dy));
        Assert.Equal(quote.Fee / 2, pool.AdminBalances[0]);
        Assert.Equal(Ether(10_100), pool.StoredBalances[1]);
        Assert.Equal(Ether(10_000) - quote.Dy, pool.StoredBalances[0]);
    }

    [Fact]
    public void ZeroAndSameCoinExchangesRevert()
    {
        var pool = Pool();
        Assert.Equal(CurveErrors.ZeroExchange, Assert.Throws<RevertException>(() => pool.Exchange(0, 1, UInt256.Zero, UInt256.Zero)).Error);
        Assert.Equal(CurveErrors.SameCoin, Assert.Throws<RevertException>(() => pool.Exchange(1, 1, Ether(1), UInt256.Zero)).Error);
    }

    [Fact]
    public void RatesScaleBalancesIntoCommonUnits()
    {
        // Coin 1 is worth 1.2 of coin 0 (an oracle rate): a pool holding 10,000 of coin 0 and 8,333.33 of coin 1 is balanced.
        UInt256[] rates = [Wad.One, 1_200_000_000_000_000_000UL];
        var pool = new StableSwapNgPool(200, 1_000_000, 50_000_000_000UL, rates);
        pool.AddLiquidity("lp", [Ether(12_000), Ether(10_000)], UInt256.Zero);
        Assert.Equal(pool.Fee, pool.DynamicFee(0, 1));
        var dy = pool.GetDy(1, 0, Ether(1));
        Assert.True(dy > 1_199_000_000_000_000_000UL && dy < 1_200_000_000_000_000_000UL, dy.ToString());
    }

    [Fact]
    public void DynamicFeeRisesWhenThePoolIsOffPeg()
    {
        var pool = Pool(1_000, 19_000);
        Assert.True(pool.DynamicFee(0, 1) > pool.Fee);
        Assert.True(pool.DynamicFee(0, 1) < pool.Fee * 5);
    }

    [Fact]
    public void SpotPriceOfABalancedPoolIsOne() => Assert.Equal(Wad.One, Pool().GetP(0));

    [Fact]
    public void PriceOracleFollowsTheSpotWithTheExponentialWeight()
    {
        var pool = Pool();
        pool.Warp(1_000 + 600);
        pool.Exchange(1, 0, Ether(3_000), UInt256.Zero); // records the post-trade spot, EMA still 1
        var spot = pool.Oracle.LastPrice(0);
        Assert.True(spot < Wad.One);
        Assert.Equal(Wad.One, pool.PriceOracle(0));

        pool.Warp(1_000 + 600 + 866); // one window: weight of the old EMA is e^-1
        var alpha = WadExp.Exp(-(System.Numerics.BigInteger)Wad.One.ToBigInteger());
        var expected = (spot * (Wad.One - alpha) + Wad.One * alpha) / Wad.One;
        Assert.Equal(expected, pool.PriceOracle(0));
        Assert.True(pool.PriceOracle(0) < Wad.One && pool.PriceOracle(0) > spot);
    }

    [Fact]
    public void WadExpTracksTheExponential()
    {
        foreach (var x in new[] { -20.0, -5.0, -1.0, -0.001, 0.0, 0.5, 3.0, 40.0 })
        {
            var wei = WadExp.Exp(new System.Numerics.BigInteger(x * 1e18)).ToDouble();
            var exact = Math.Exp(x) * 1e18;
            Assert.True(Math.Abs(wei - exact) <= 1 + 1e-12 * exact, $"exp({x}): {wei} vs {exact}");
        }

        Assert.Equal((UInt256)4, WadExp.Exp(System.Numerics.BigInteger.Parse("-40000000000000000000"))); // 4.25e-18: wei resolution
        Assert.Equal(UInt256.Zero, WadExp.Exp(System.Numerics.BigInteger.Parse("-42000000000000000000")));
        Assert.Equal(Wad.One, WadExp.Exp(0));
        Assert.Throws<RevertException>(() => WadExp.Exp(System.Numerics.BigInteger.Parse("136000000000000000000")));
    }

    [Fact]
    public void RemoveImbalanceBurnsOneExtraWei()
    {
        var a = Pool();
        var b = Pool();
        var burnt = a.RemoveLiquidityImbalance("lp", [Ether(100), Ether(100)], a.Lp.TotalSupply).LpAmount;
        // Balanced removal has no fee beyond rounding: the burn is the pro-rata share plus the +1.
        var share = b.Lp.TotalSupply * 200 / 20_000;
        Assert.True(burnt >= share && burnt <= share + 3, $"{burnt} vs {share}");
    }

    [Fact]
    public void OneCoinWithdrawalBooksAdminFeeAndMatchesQuote()
    {
        var pool = Pool();
        var burn = pool.Lp.TotalSupply / 10;
        var quote = pool.CalcWithdrawOneCoin(burn, 1);
        Assert.Equal(quote, pool.RemoveLiquidityOneCoin("lp", burn, 1, quote));
        Assert.True(pool.AdminBalances[1] > UInt256.Zero);
        Assert.Equal(CurveErrors.OneCoinSlippage,
            Assert.Throws<RevertException>(() => pool.RemoveLiquidityOneCoin("lp", burn, 1, Ether(5_000))).Error);
    }

    [Fact]
    public void RemoveLiquidityClaimsAdminFeesAndShrinksTheDOracle()
    {
        var pool = Pool();
        pool.Exchange(0, 1, Ether(1_000), UInt256.Zero);
        var lastD = pool.Oracle.LastD;
        pool.RemoveLiquidity("lp", pool.Lp.TotalSupply / 2, [UInt256.Zero, UInt256.Zero]);
        Assert.Equal(UInt256.Zero, pool.AdminBalances[1]);
        Assert.True(pool.CollectedAdminFees[1] > UInt256.Zero);
        Assert.Equal(lastD - lastD / 2, pool.Oracle.LastD);
    }

    [Fact]
    public void FeeLimitsAreEnforced()
    {
        var pool = Pool();
        Assert.Throws<RevertException>(() => pool.SetNewFee(5_000_000_001UL, 10_000_000_000UL));
        Assert.Equal(CurveErrors.OffpegMultiplierAboveMaximum,
            Assert.Throws<RevertException>(() => pool.SetNewFee(100_000_000, 600_000_000_000UL)).Error);
        pool.SetNewFee(4_000_000, 20_000_000_000UL);
        Assert.Equal((UInt256)4_000_000, pool.Fee);
    }
}
