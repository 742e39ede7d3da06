using System.Numerics;
using Restake.Numerics;
using Restake.Protocols.Lending.Aave;
using static Restake.Protocols.Tests.Lending.AaveFixture;

namespace Restake.Protocols.Tests.Lending;

public class AaveMarketTests
{
    [Fact]
    public void AccountDataRoundsAsV33()
    {
        var (market, _, _) = Market();
        var supplied = BigInteger.Parse("123456789012345678901");
        var borrowed = BigInteger.Parse("77777777777777777777");
        market.Supply("u", "wstETH", (UInt256)supplied);
        market.Borrow("u", "WETH", (UInt256)borrowed);
        var data = market.GetUserAccountData("u");
        var coll = supplied * 360_000_000_000UL / BigInteger.Pow(10, 18);
        var debt = borrowed * 300_000_000_000UL / BigInteger.Pow(10, 18);
        var weighted = (coll * 8_100 + 5_000) / 10_000;
        var hf = (weighted * BigInteger.Pow(10, 18) + debt / 2) / debt;
        Assert.Equal(coll, data.TotalCollateralBase.ToBigInteger());
        Assert.Equal(debt, data.TotalDebtBase.ToBigInteger());
        Assert.Equal(hf, data.HealthFactor.ToBigInteger());
        Assert.Equal((UInt256)8_100, data.CurrentLiquidationThreshold);
        Assert.Equal((UInt256)(ulong)((coll * 7_800 + 5_000) / 10_000 - debt), data.AvailableBorrowsBase);
    }

    [Fact]
    public void NoDebtMeansMaximalHealthFactor()
    {
        var (market, _, _) = Market();
        market.Supply("u", "wstETH", Ether(1));
        Assert.Equal(UInt256.MaxValue, market.HealthFactor("u"));
    }

    [Fact]
    public void BorrowingBeyondLtvRevertsAndChangesNothing()
    {
        var (market, _, _) = Market();
        market.Supply("u", "wstETH", Ether(100));
        // 100 wstETH at $3,600, LTV 78 % → $280,800 → 93.6 WETH at $3,000.
        var e = Assert.Throws<RevertException>(() => market.Borrow("u", "WETH", Ether(94)));
        Assert.Equal(AaveErrors.CollateralCannotCoverNewBorrow, e.Error);
        Assert.Equal(UInt256.Zero, market.DebtBalance("u", "WETH"));
        Assert.Equal(Ether(100_000), market.Reserve("WETH").VirtualUnderlyingBalance);
        market.Borrow("u", "WETH", Ether(93));
        Assert.Equal(Ether(93), market.DebtBalance("u", "WETH"));
    }

    [Fact]
    public void WithdrawalThatWouldBreakHealthReverts()
    {
        var (market, _, _) = Market();
        market.Supply("u", "wstETH", Ether(100));
        market.Borrow("u", "WETH", Ether(90));
        var e = Assert.Throws<RevertException>(() => market.Withdraw("u", "wstETH", Ether(20)));
        Assert.Equal(AaveErrors.HealthFactorLowerThanLiquidationThreshold, e.Error);
        Assert.Equal(Ether(100), market.SupplyBalance("u", "wstETH"));
        Assert.Equal(Ether(1), market.Withdraw("u", "wstETH", Ether(1)));
    }

    [Fact]
    public void InterestAccruesToBorrowersSuppliersAndTreasury()
    {
        var (market, _, _) = Market();
        market.Supply("u", "wstETH", Ether(100_000));
        market.Borrow("u", "WETH", Ether(80_000)); // 80 % usage, below the 90 % kink
        var reserve = market.Reserve("WETH");
        // slope1 2.7 % × 0.8/0.9 = 2.4 % borrow rate
        Assert.Equal(UInt256.Parse("24000000000000000000000000"), reserve.CurrentVariableBorrowRate);
        market.Warp(1_000 + 365 * 86_400);
        var debt = market.DebtBalance("u", "WETH");
        var supplied = market.SupplyBalance("whale", "WETH");
        // 1 + x + x²/2: at 2.4 % the cubic term's per-second ray power truncates to zero, as on chain.
        var twoTerms = 80_000 * (1 + 0.024 + 0.024 * 0.024 / 2);
        Assert.InRange(debt.ToDouble() / 1e18, twoTerms - 0.001, twoTerms + 0.001);
        Assert.True(debt.ToDouble() / 1e18 < 80_000 * Math.Exp(0.024));
        var interest = debt - Ether(80_000);
        var income = supplied - Ether(100_000);
        // Suppliers earn the borrow interest less the 15 % reserve factor (up to compounding differences).
        Assert.True(income < interest);
        Assert.InRange(income.ToDouble() / interest.ToDouble(), 0.83, 0.85); // linear supply vs compounded borrow
        market.Repay("u", "WETH", Ether(1));
        Assert.True(reserve.AccruedToTreasury > UInt256.Zero);
    }

    [Fact]
    public void RateModelSteepensAboveTheKink()
    {
        var model = InterestRateModel.FromBps(9_000, 0, 270, 8_000);
        var (_, atKink) = model.Rates(Ether(90), Ether(10), 0);
        var (_, above) = model.Rates(Ether(95), Ether(5), 0);
        Assert.Equal(UInt256.Parse("27000000000000000000000000"), atKink);
        Assert.Equal(UInt256.Parse("427000000000000000000000000"), above); // 2.7 % + 80 % × half the excess
        var (liquidityRate, _) = model.Rates(UInt256.Zero, Ether(10), 0);
        Assert.Equal(UInt256.Zero, liquidityRate);
    }

    [Fact]
    public void HealthyPositionsCannotBeLiquidated()
    {
        var (market, _, _) = Market();
        market.Supply("u", "wstETH", Ether(100));
        market.Borrow("u", "WETH", Ether(90));
        var e = Assert.Throws<RevertException>(() => market.LiquidationCall("wstETH", "WETH", "u", Ether(10)));
        Assert.Equal(AaveErrors.HealthFactorNotBelowThreshold, e.Error);
    }

    [Fact]
    public void CloseFactorCapsLiquidationAboveNinetyFivePercentHealth()
    {
        var (market, collateral, _) = Market();
        market.Supply("u", "wstETH", Ether(100));
        market.Borrow("u", "WETH", Ether(93));
        collateral.Value = Usd(3_420); // HF = 0.81·342000/279000 = 0.9929
        var result = market.LiquidationCall("wstETH", "WETH", "u", UInt256.MaxValue);
        Assert.True(result.HealthFactor > AaveMarket.CloseFactorHfThreshold && result.HealthFactor < Wad.One);
        Assert.Equal(Ether(93) / 2, result.MaxLiquidatableDebt);
        Assert.Equal(result.MaxLiquidatableDebt, result.ActualDebtToLiquidate);
        Assert.Equal(result.CollateralSeized - result.LiquidationProtocolFee, result.CollateralToLiquidator);
        Assert.Equal(Ether(93) - result.ActualDebtToLiquidate, market.DebtBalance("u", "WETH"));
        Assert.Equal(result.LiquidationProtocolFee, market.SupplyBalance(AaveMarket.Treasury, "wstETH"));
        Assert.True(market.HealthFactor("u") > result.HealthFactor);
    }

    [Fact]
    public void WholeDebtIsLiquidatableAtOrBelowNinetyFivePercent()
    {
        var (market, collateral, _) = Market();
        market.Supply("u", "wstETH", Ether(100));
        market.Borrow("u", "WETH", Ether(93));
        collateral.Value = Usd(3_200); // HF ≈ 0.929
        var result = market.LiquidationCall("wstETH", "WETH", "u", UInt256.MaxValue);
        Assert.Equal(Ether(93), result.MaxLiquidatableDebt);
        Assert.Equal(Ether(93), result.ActualDebtToLiquidate);
        Assert.Equal(UInt256.Zero, market.DebtBalance("u", "WETH"));
    }

    [Fact]
    public void DustLeftoversRevert()
    {
        var (market, collateral, _) = Market();
        market.Supply("u", "wstETH", Ether(1));
        market.Borrow("u", "WETH", Ether(9) / 10);
        collateral.Value = Usd(3_000); // HF ≈ 0.9, whole debt liquidatable; a partial cover leaves < $1,000 behind
        var e = Assert.Throws<RevertException>(() => market.LiquidationCall("wstETH", "WETH", "u", Ether(6) / 10));
        Assert.Equal(AaveErrors.MustNotLeaveDust, e.Error);
        Assert.Equal(Ether(9) / 10, market.DebtBalance("u", "WETH"));
    }

    [Fact]
    public void SeizingAllCollateralWritesTheRestOffAsDeficit()
    {
        var (market, collateral, _) = Market();
        market.Supply("u", "wstETH", Ether(100));
        market.Borrow("u", "WETH", Ether(90));
        collateral.Value = Usd(2_000); // collateral $200,000 vs debt $270,000
        var result = market.LiquidationCall("wstETH", "WETH", "u", UInt256.MaxValue);
        Assert.Equal(Ether(100), result.CollateralSeized);
        Assert.True(result.BadDebt > UInt256.Zero);
        Assert.Equal(Ether(90), result.ActualDebtToLiquidate + result.BadDebt);
        Assert.Equal(result.BadDebt, market.Reserve("WETH").Deficit);
        Assert.Equal(UInt256.Zero, market.DebtBalance("u", "WETH"));
        Assert.Equal(UInt256.Zero, market.SupplyBalance("u", "wstETH"));
    }

    [Fact]
    public void EModeRaisesThresholdsAndRestrictsBorrowing()
    {
        var (market, _, _) = Market();
        market.SetEModeCategory(new EModeCategory(1, 9_300, 9_500, 10_100,
            new HashSet<string> { "wstETH", "WETH" }, new HashSet<string> { "WETH" }));
        market.Supply("u", "wstETH", Ether(100));
        market.SetUserEMode("u", 1);
        market.Borrow("u", "WETH", Ether(110));
        var data = market.GetUserAccountData("u");
        Assert.Equal(UInt256.Parse("1036363636363636364"), data.HealthFactor); // the TV-6 position
        Assert.Equal((UInt256)9_500, data.CurrentLiquidationThreshold);
        market.SetEModeCategory(new EModeCategory(2, 9_000, 9_300, 10_100,
            new HashSet<string> { "wstETH" }, new HashSet<string> { "GHO" }));
        Assert.Equal(AaveErrors.NotBorrowableInEMode, Assert.Throws<RevertException>(() => market.SetUserEMode("u", 2)).Error);
        Assert.Equal(AaveErrors.HealthFactorLowerThanLiquidationThreshold,
            Assert.Throws<RevertException>(() => market.SetUserEMode("u", 0)).Error);
        Assert.Equal(1, market.Position("u").EModeCategory);
    }

    [Fact]
    public void CappedExchangeRatePriceIgnoresRatesAboveTheCap()
    {
        var eth = new MarketPrice(Usd(3_000));
        var price = new CappedExchangeRatePrice(eth, 1_200_000_000_000_000_000UL, 1_200_000_000_000_000_000UL, 0, 500);
        Assert.Equal(Usd(3_600), price.Price(0));
        price.ExchangeRate = 1_300_000_000_000_000_000UL; // +8.3 % at once: capped at the snapshot on day 0
        Assert.Equal(Usd(3_600), price.Price(0));
        Assert.True(price.Price(365 * 86_400) > Usd(3_600) && price.Price(365 * 86_400) <= Usd(3_780));
        price.ExchangeRate = 1_100_000_000_000_000_000UL; // a fall (slashing) passes straight through
        Assert.Equal(Usd(3_300), price.Price(0));
    }
}
