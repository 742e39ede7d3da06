using Restake.Numerics;
using Restake.Protocols.Amm;
using Restake.Protocols.Lending.Aave;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Protocols.Stack;
using static Restake.Protocols.Tests.Stack.StackFixture;

namespace Restake.Protocols.Tests.Stack;

/// <summary>
/// The end-to-end chain: an AVS slash in the EigenLayer core lowers ezETH's NAV through the core's accounting,
/// panic sales widen the pool discount, the market (priced from the pool) sees the borrower's health factor fall
/// below 1, and a liquidationCall seizes collateral. Each link is checked against the engine that owns it.
/// </summary>
public sealed class SlashDepegLiquidationTests
{
    private static readonly ulong SlashWad = 400_000_000_000_000_000UL; // 40 % of op1's 50 % allocation

    [Fact]
    public void Avs_slash_lowers_nav_pool_panic_widens_discount_and_borrower_is_liquidated()
    {
        var s = Funded(Spec(), Eth(720));
        var ez = s.Lrt("ezETH");
        var pool = s.Pool("ezeth-pool");
        var market = s.Market("market");
        var aave = market.Market;

        // NAV before: 61,000 ETH staked 1:1 into the strategy (virtual offsets cancel), supply 61,000 ezETH.
        Assert.Equal(Eth(61_000), ez.Tvl());
        Assert.Equal(Eth(61_000), ez.Vault.EzEth.Total);
        Assert.Equal(Wad.One, ez.Rate());
        var hfBefore = aave.HealthFactor("borrower");
        Assert.True(hfBefore > Wad.One);

        // Link 1: the slash in the core. op1 holds the 60 % leg; its max magnitude falls by 40 % × 50 % = 20 %.
        var avs = s.Resolve("avs1");
        var op1 = s.Resolve("op1");
        var slash = s.Core.Execute(() => s.Core.AllocationManager.SlashOperator(avs, avs,
            new SlashingParams(op1, 0, [s.EthStrategy], [SlashWad])));
        s.Sync();
        var legs = AllocationPolicy.Split(Eth(61_000), [6_000, 4_000]);
        Assert.Equal(800_000_000_000_000_000UL, s.Core.AllocationManager.GetMaxMagnitude(op1, s.EthStrategy));
        var od1 = ez.Legs[0].Delegator;
        var (withdrawable, _) = s.Core.DelegationManager.GetWithdrawableShares(od1, s.EthStrategy);
        Assert.Equal(UInt256.MulDiv(legs[0], 800_000_000_000_000_000UL, Wad.One, Rounding.Down), withdrawable);
        Assert.Equal(legs[0] - withdrawable, slash.Shares[0]);
        // NAV after, from the vault's own math: TVL is read from the core, rate = TVL·1e18/supply.
        var tvlAfter = withdrawable + legs[1];
        Assert.Equal(tvlAfter, ez.Tvl());
        Assert.Equal(RenzoRate(tvlAfter, Eth(61_000)), ez.Rate());
        Assert.Equal(880_000_000_000_000_000UL, ez.Rate());

        // Link 2: panic sales through the pool engine; a standalone pool fed the same calls gives the same numbers.
        var reference = new StableSwapNgPool(200, 4_000_000, 20_000_000_000UL, [Wad.One, Wad.One], 866, s.Spec.StartTimestamp);
        reference.Warp(s.Now);
        reference.AddLiquidity("lp", [Eth(10_000), Eth(10_000)], 0);
        var spotBefore = pool.PriceOf("ezETH", "ETH", ema: false);
        Assert.Equal(reference.GetP(0), spotBefore);
        var ethBefore = s.Tokens.BalanceOf("ETH", "whale");
        UInt256 received = 0;
        foreach (var sale in new[] { Eth(4_000), Eth(4_500) })
        {
            var dy = pool.Exchange("whale", 1, 0, sale, 0);
            s.Sync();
            Assert.Equal(reference.Exchange(1, 0, sale, 0), dy);
            received += dy;
        }

        Assert.Equal(ethBefore + received, s.Tokens.BalanceOf("ETH", "whale"));
        Assert.Equal(Eth(18_500), s.Tokens.BalanceOf("ezETH", pool.Account));
        var spotAfter = pool.PriceOf("ezETH", "ETH", ema: false);
        Assert.Equal(reference.GetP(0), spotAfter);
        Assert.True(spotAfter < spotBefore, "the discount widens");
        Assert.True(received < Eth(8_500), "panic sellers get less than 1 ETH per ezETH");

        // Link 3: the market prices ezETH at ETH/USD × pool price; the health factor drops below 1.
        Assert.Equal(EthUsd * spotAfter / Wad.One, aave.Price("ezETH"));
        var data = aave.GetUserAccountData("borrower");
        var collateralBase = Eth(1_000) * aave.Price("ezETH") / Wad.One;
        Assert.Equal(collateralBase, data.TotalCollateralBase);
        Assert.Equal(WadRayMath.WadDiv(PercentageMath.PercentMul(collateralBase, 7_500), data.TotalDebtBase), data.HealthFactor);
        Assert.True(data.HealthFactor < Wad.One);

        // Link 4: liquidationCall. HF above 0.95 → close factor 50 % of the debt.
        var debt = aave.DebtBalance("borrower", "ETH");
        var maxDebt = PercentageMath.PercentMul(data.TotalDebtBase, 5_000) * Wad.One / EthUsd;
        var (seized, debtNeeded, fee, _) = AaveMarket.AvailableCollateralToLiquidate(
            aave.Price("ezETH"), Wad.One, EthUsd, Wad.One, maxDebt, Eth(1_000), 10_750, 1_000);
        var liquidatorEth = s.Tokens.BalanceOf("ETH", "liquidator");
        var marketEth = s.Tokens.BalanceOf("ETH", market.Account);
        var result = market.LiquidationCall("liquidator", "ezETH", "ETH", "borrower", UInt256.MaxValue);
        s.Sync();
        Assert.Equal(maxDebt, result.MaxLiquidatableDebt);
        Assert.Equal(debtNeeded, result.ActualDebtToLiquidate);
        Assert.Equal(seized, result.CollateralSeized);
        Assert.Equal(fee, result.LiquidationProtocolFee);
        Assert.True(result.CollateralSeized > UInt256.Zero);
        Assert.Equal(seized - fee, s.Tokens.BalanceOf("ezETH", "liquidator"));
        Assert.Equal(liquidatorEth - debtNeeded, s.Tokens.BalanceOf("ETH", "liquidator"));
        Assert.Equal(marketEth + debtNeeded, s.Tokens.BalanceOf("ETH", market.Account));
        Assert.Equal(Eth(1_000) - seized, aave.SupplyBalance("borrower", "ezETH"));
        Assert.Equal(debt - debtNeeded, aave.DebtBalance("borrower", "ETH"));
        Assert.True(aave.HealthFactor("borrower") > data.HealthFactor);
    }

    [Fact]
    public void Without_the_slash_the_same_panic_sales_leave_the_borrower_healthy()
    {
        var s = Funded(Spec(), Eth(720));
        var hf = s.Market("market").Market.HealthFactor("borrower");
        Assert.True(hf > Wad.One);
        // Price set by the pool only: the slash does not enter a pool-priced market until someone sells.
        var avs = s.Resolve("avs1");
        s.Core.Execute(() => s.Core.AllocationManager.SlashOperator(avs, avs,
            new SlashingParams(s.Resolve("op1"), 0, [s.EthStrategy], [SlashWad])));
        s.Sync();
        Assert.Equal(hf, s.Market("market").Market.HealthFactor("borrower"));
        var error = Assert.Throws<RevertException>(() =>
            s.Market("market").LiquidationCall("liquidator", "ezETH", "ETH", "borrower", UInt256.MaxValue));
        Assert.Equal(AaveErrors.HealthFactorNotBelowThreshold, error.Error);
    }

    private static UInt256 RenzoRate(UInt256 tvl, UInt256 supply) => UInt256.MulDiv(tvl, Wad.One, supply, Rounding.Down);
}
