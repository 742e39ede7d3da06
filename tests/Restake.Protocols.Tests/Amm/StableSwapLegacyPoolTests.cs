using Restake.Numerics;
using Restake.Protocols.Amm;
using static Restake.Protocols.Tests.Amm.StableSwapMathTests;

namespace Restake.Protocols.Tests.Amm;

public class StableSwapLegacyPoolTests
{
    private static StableSwapLegacyPool Pool(ulong a = 50, ulong eth = 100_000, ulong steth = 100_000)
    {
        var pool = new StableSwapLegacyPool(a, 4_000_000, 5_000_000_000);
        pool.AddLiquidity("lp", [Ether(eth), Ether(steth)], UInt256.Zero);
        return pool;
    }

    [Fact]
    public void FirstDepositMintsDAndChargesNoFee()
    {
        var pool = new StableSwapLegacyPool(50, 4_000_000, 5_000_000_000);
        var result = pool.AddLiquidity("lp", [Ether(100), Ether(300)], UInt256.Zero);
        Assert.Equal(pool.GetD(), result.LpAmount);
        Assert.All(result.Fees, f => Assert.Equal(UInt256.Zero, f));
        Assert.Equal(result.LpAmount, pool.Lp.BalanceOf("lp"));
    }

    [Fact]
    public void FirstDepositNeedsEveryCoin()
    {
        var pool = new StableSwapLegacyPool(50, 4_000_000, 5_000_000_000);
        var e = Assert.Throws<RevertException>(() => pool.AddLiquidity("lp", [Ether(1), UInt256.Zero], UInt256.Zero));
        Assert.Equal(CurveErrors.InitialDepositRequiresAllCoins, e.Error);
        Assert.Equal(UInt256.Zero, pool.Lp.TotalSupply);
    }

    [Fact]
    public void ExchangeMovesHoldingsAndBooksHalfTheFeeToAdmin()
    {
        var pool = Pool();
        var quote = pool.QuoteExchange(1, 0, Ether(1_000));
        var paid = pool.Exchange(1, 0, Ether(1_000), quote.Dy);
        Assert.Equal(quote.Dy, paid);
        Assert.Equal(Ether(101_000), pool.Holdings[1]);
        Assert.Equal(Ether(100_000) - paid, pool.Holdings[0]);
        Assert.Equal(quote.Fee * 5_000_000_000UL / 10_000_000_000UL, pool.AdminBalances[0]);
        Assert.Equal(pool.Holdings[0] - pool.AdminBalances[0], pool.Balance(0));
    }

    [Fact]
    public void ExchangeBelowMinimumRevertsAndChangesNothing()
    {
        var pool = Pool();
        var before = (pool.Holdings[0], pool.Holdings[1], pool.AdminBalances[0]);
        var dy = pool.GetDy(1, 0, Ether(1_000));
        var e = Assert.Throws<RevertException>(() => pool.Exchange(1, 0, Ether(1_000), dy + 1));
        Assert.Equal(CurveErrors.ExchangeSlippage, e.Error);
        Assert.Equal(before, (pool.Holdings[0], pool.Holdings[1], pool.AdminBalances[0]));
    }

    [Fact]
    public void ImbalancedDepositPaysAFeeAndMintsLessThanBalanced()
    {
        var balanced = Pool().AddLiquidity("x", [Ether(500), Ether(500)], UInt256.Zero);
        var oneSided = Pool().AddLiquidity("x", [Ether(1_000), UInt256.Zero], UInt256.Zero);
        Assert.All(balanced.Fees, f => Assert.True(f <= (UInt256)1)); // proportional: only rounding
        Assert.True(oneSided.Fees[0] > Ether(0) && oneSided.Fees[1] > Ether(0));
        Assert.True(oneSided.LpAmount < balanced.LpAmount);
    }

    [Fact]
    public void MintSlippageRevertsAndKeepsAdminBalances()
    {
        var pool = Pool();
        var expected = pool.CalcTokenAmount([Ether(1_000), UInt256.Zero], true);
        var e = Assert.Throws<RevertException>(() => pool.AddLiquidity("x", [Ether(1_000), UInt256.Zero], expected));
        Assert.Equal(CurveErrors.MintSlippage, e.Error); // the fee makes the real mint smaller than the estimate
        Assert.Equal(UInt256.Zero, pool.AdminBalances[0]);
        Assert.Equal(Ether(100_000), pool.Holdings[0]);
    }

    [Fact]
    public void RemoveLiquidityIsProRataAndBurns()
    {
        var pool = Pool(eth: 100_000, steth: 300_000);
        var supply = pool.Lp.TotalSupply;
        var amounts = pool.RemoveLiquidity("lp", supply / 4, [UInt256.Zero, UInt256.Zero]);
        Assert.Equal(Ether(100_000) * (supply / 4) / supply, amounts[0]);
        Assert.Equal(Ether(300_000) * (supply / 4) / supply, amounts[1]);
        Assert.Equal(supply - supply / 4, pool.Lp.TotalSupply);
    }

    [Fact]
    public void RemovingMoreLpThanHeldReverts()
    {
        var pool = Pool();
        var e = Assert.Throws<RevertException>(() => pool.RemoveLiquidity("nobody", Ether(1), [UInt256.Zero, UInt256.Zero]));
        Assert.Equal(CurveErrors.InsufficientLpBalance, e.Error);
    }

    [Fact]
    public void RemoveImbalanceBurnsMoreThanTheBalancedShare()
    {
        var pool = Pool();
        var supply = pool.Lp.TotalSupply;
        var result = pool.RemoveLiquidityImbalance("lp", [Ether(1_000), UInt256.Zero], supply);
        // A balanced withdrawal of the same value would burn supply·1000/200000; the imbalance fee adds to it.
        Assert.True(result.LpAmount > supply * 1_000 / 200_000);
        Assert.Equal(Ether(99_000), pool.Holdings[0]);
        var e = Assert.Throws<RevertException>(() => pool.RemoveLiquidityImbalance("lp", [Ether(1_000), UInt256.Zero], UInt256.One));
        Assert.Equal(CurveErrors.MintSlippage, e.Error);
    }

    [Fact]
    public void OneCoinWithdrawalMatchesItsQuoteAndPaysLessThanTwoSidedValue()
    {
        var pool = Pool();
        var burn = pool.Lp.TotalSupply / 100;
        var quote = pool.CalcWithdrawOneCoin(burn, 0);
        Assert.Equal(quote, pool.RemoveLiquidityOneCoin("lp", burn, 0, quote));
        Assert.True(quote < Ether(2_000));
        Assert.Throws<RevertException>(() => pool.RemoveLiquidityOneCoin("lp", burn, 0, Ether(2_000)));
    }

    [Fact]
    public void AdminFeesAreExcludedFromBalancesUntilWithdrawn()
    {
        var pool = Pool();
        pool.Exchange(0, 1, Ether(5_000), UInt256.Zero);
        var admin = pool.AdminBalances[1];
        Assert.True(admin > UInt256.Zero);
        var holding = pool.Holdings[1];
        var paid = pool.WithdrawAdminFees();
        Assert.Equal(admin, paid[1]);
        Assert.Equal(holding - admin, pool.Holdings[1]);
        Assert.Equal(UInt256.Zero, pool.AdminBalances[1]);
    }

    [Fact]
    public void RebaseFlowsToLiquidityProviders()
    {
        var pool = Pool();
        var before = pool.GetVirtualPrice();
        pool.Rebase(1, pool.Holdings[1] + Ether(100));
        Assert.True(pool.GetVirtualPrice() > before);
    }

    [Fact]
    public void RampMovesALinearlyAndStopFreezesIt()
    {
        var pool = Pool(a: 30);
        pool.Warp(86_400);
        pool.RampA(200, 86_400 + 30 * 86_400);
        pool.Warp(86_400 + 15 * 86_400);
        Assert.Equal((UInt256)(3_000 + (20_000 - 3_000) / 2), pool.Amplification.APrecise(pool.Timestamp));
        Assert.Equal((UInt256)115, pool.A);
        pool.StopRampA();
        pool.Warp(86_400 + 40 * 86_400);
        Assert.Equal((UInt256)115, pool.A);
    }

    [Fact]
    public void RampRulesAreEnforced()
    {
        var pool = Pool(a: 30);
        Assert.Equal(CurveErrors.RampTooSoon, Assert.Throws<RevertException>(() => pool.RampA(60, 10 * 86_400)).Error);
        pool.Warp(86_400);
        Assert.Equal(CurveErrors.InsufficientRampTime, Assert.Throws<RevertException>(() => pool.RampA(60, 86_400 + 3_600)).Error);
        Assert.Equal(CurveErrors.AChangeTooLarge, Assert.Throws<RevertException>(() => pool.RampA(301, 10 * 86_400)).Error);
        Assert.Equal(CurveErrors.AChangeTooLarge, Assert.Throws<RevertException>(() => pool.RampA(2, 10 * 86_400)).Error);
        Assert.Equal(CurveErrors.FutureAOutOfRange, Assert.Throws<RevertException>(() => pool.RampA(0, 10 * 86_400)).Error);
        pool.RampA(3, 10 * 86_400);
        pool.Warp(10 * 86_400);
        Assert.Equal((UInt256)3, pool.A);
    }

    [Fact]
    public void HigherAmplificationGivesABetterPriceOnAnImbalancedPool()
    {
        var low = Pool(a: 5, eth: 111_300, steth: 491_000).GetDy(1, 0, Ether(1));
        var high = Pool(a: 200, eth: 111_300, steth: 491_000).GetDy(1, 0, Ether(1));
        Assert.True(high > low);
    }
}
