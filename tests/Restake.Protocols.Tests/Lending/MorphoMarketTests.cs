using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Lending.Morpho;

namespace Restake.Protocols.Tests.Lending;

public class MorphoMarketTests
{
    private static readonly UInt256 E18 = Wad.One;
    private static readonly UInt256 PriceOne = MorphoMath.OraclePriceScale; // 1 collateral = 1 loan token

    private static MorphoMarket Market(ulong lltvPermille = 860, IMorphoIrm? irm = null)
    {
        var market = new MorphoMarket(lltvPermille * 1_000_000_000_000_000UL, PriceOne, irm);
        market.Supply("lender", 1_000 * E18, UInt256.Zero);
        return market;
    }

    [Fact]
    public void FirstSupplyGetsVirtualShareOffset()
    {
        var market = new MorphoMarket(860_000_000_000_000_000UL, PriceOne);
        var (assets, shares) = market.Supply("a", E18, UInt256.Zero);
        Assert.Equal(E18, assets);
        Assert.Equal(E18 * 1_000_000, shares);
    }

    [Fact]
    public void LiquidationIncentiveFactorIsCappedAt115Percent()
    {
        Assert.Equal(MorphoMarket.MaxLiquidationIncentiveFactor, MorphoMarket.LiquidationIncentiveFactor(500_000_000_000_000_000UL));
        Assert.True(MorphoMarket.LiquidationIncentiveFactor(860_000_000_000_000_000UL) < MorphoMarket.MaxLiquidationIncentiveFactor);
    }

    [Fact]
    public void BorrowNeedsCollateralAndRevertsCleanly()
    {
        var market = Market();
        market.SupplyCollateral("b", 100 * E18);
        var e = Assert.Throws<RevertException>(() => market.Borrow("b", 87 * E18, UInt256.Zero));
        Assert.Equal(MorphoErrors.InsufficientCollateral, e.Error);
        Assert.Equal(UInt256.Zero, market.TotalBorrowAssets);
        Assert.Equal(UInt256.Zero, market.Position("b").BorrowShares);
        market.Borrow("b", 86 * E18, UInt256.Zero);
        Assert.Equal(86 * E18, market.BorrowAssets("b"));
        Assert.Equal(MorphoErrors.InconsistentInput,
            Assert.Throws<RevertException>(() => market.Borrow("b", E18, E18)).Error);
    }

    [Fact]
    public void InterestAccruesByTaylorExpansionAndMintsFeeShares()
    {
        var rate = 1_000_000_000UL; // per second ≈ 3.2 % a year
        var market = Market(irm: new FixedRateIrm(rate));
        market.SetFee(100_000_000_000_000_000UL);
        market.SupplyCollateral("b", 1_000 * E18);
        market.Borrow("b", 500 * E18, UInt256.Zero);
        market.Warp(86_400);
        market.AccrueInterest();
        var expected = MorphoMath.WMulDown(500 * E18, MorphoMath.WTaylorCompounded(rate, 86_400));
        Assert.Equal(500 * E18 + expected, market.TotalBorrowAssets);
        Assert.Equal(1_000 * E18 + expected, market.TotalSupplyAssets);
        Assert.True(market.Position(market.FeeRecipient).SupplyShares > UInt256.Zero);
    }

    [Fact]
    public void HealthyPositionsCannotBeLiquidated()
    {
        var market = Market();
        market.SupplyCollateral("b", 100 * E18);
        market.Borrow("b", 80 * E18, UInt256.Zero);
        Assert.Equal(MorphoErrors.HealthyPosition,
            Assert.Throws<RevertException>(() => market.Liquidate("b", E18, UInt256.Zero)).Error);
    }

    [Fact]
    public void LiquidationSeizesWithTheIncentiveAndSocialisesBadDebt()
    {
        var market = Market();
        market.SupplyCollateral("b", 100 * E18);
        market.Borrow("b", 85 * E18, UInt256.Zero);
        market.OraclePrice = PriceOne * 80 / 100; // collateral worth 80 < debt 85: underwater
        var result = market.Liquidate("b", 100 * E18, UInt256.Zero);
        Assert.Equal(100 * E18, result.SeizedAssets);
        var lif = MorphoMarket.LiquidationIncentiveFactor(market.Lltv);
        // 80 loan tokens of collateral cover 80/LIF of debt; the rest is socialised.
        Assert.InRange(result.RepaidAssets.ToDouble() / 1e18, 80 / (lif.ToDouble() / 1e18) - 1e-9, 80 / (lif.ToDouble() / 1e18) + 1e-9);
        Assert.True(result.BadDebtAssets > UInt256.Zero);
        Assert.Equal(UInt256.Zero, market.Position("b").BorrowShares);
        Assert.Equal(1_000 * E18 - result.BadDebtAssets, market.TotalSupplyAssets);
        Assert.Equal(UInt256.Zero, market.TotalBorrowAssets);
    }

    [Fact]
    public void WithdrawalCannotTakeBorrowedLiquidity()
    {
        var market = Market();
        market.SupplyCollateral("b", 2_000 * E18);
        market.Borrow("b", 900 * E18, UInt256.Zero);
        Assert.Equal(MorphoErrors.InsufficientLiquidity,
            Assert.Throws<RevertException>(() => market.Withdraw("lender", 200 * E18, UInt256.Zero)).Error);
        market.Withdraw("lender", 100 * E18, UInt256.Zero);
    }

    [Fact]
    public void RoundTripsNeverFavourTheUser() =>
        Gen.Select(Gen.ULong[1, 1_000_000_000_000], Gen.ULong[1, 1_000_000_000_000], Gen.ULong[0, 10 * 86_400]).Sample((supply, borrow, wait) =>
        {
            var market = Market(irm: new FixedRateIrm(3_000_000_000UL));
            market.SupplyCollateral("b", 10_000 * E18);
            market.Borrow("b", 300 * E18, UInt256.Zero);
            market.Warp(wait);
            var (_, shares) = market.Supply("u", supply, UInt256.Zero);
            var (back, _) = market.Withdraw("u", UInt256.Zero, shares);
            Assert.True(back <= supply, $"supplied {supply}, withdrew {back}");

            var (borrowed, borrowShares) = market.Borrow("b", borrow, UInt256.Zero);
            var (repaid, _) = market.Repay("b", UInt256.Zero, borrowShares);
            Assert.True(repaid >= borrowed, $"borrowed {borrowed}, repaid {repaid}");
        }, iter: 400);

    [Fact]
    public void LiquidationRoundsInTheProtocolsFavour() =>
        Gen.Select(Gen.ULong[1, 1_000_000], Gen.ULong[700, 999], Gen.ULong[1, 1_000]).Sample((collateral, pricePermille, seizePermille) =>
        {
            var market = Market(lltvPermille: 860);
            var coll = collateral * 1_000_000_000UL;
            market.SupplyCollateral("b", coll);
            market.Borrow("b", market.MaxBorrow("b", PriceOne), UInt256.Zero);
            market.OraclePrice = PriceOne * pricePermille / 1_000;
            if (market.IsHealthy("b")) return;
            var lif = MorphoMarket.LiquidationIncentiveFactor(market.Lltv).ToBigInteger();
            // More than debt·LIF/price would repay more shares than the borrower has (the contract underflows).
            var affordable = UInt256.MulDiv(MorphoMath.WMulDown(market.BorrowAssets("b"), (UInt256)lif), MorphoMath.OraclePriceScale, market.OraclePrice);
            var seize = UInt256.Min(coll, affordable) * seizePermille / 1_001 + 1;
            var result = market.Liquidate("b", seize, UInt256.Zero);
            // repaid·LIF ≥ seized·price: the liquidator never gets more collateral value than the incentive allows.
            var seizedValue = result.SeizedAssets.ToBigInteger() * market.OraclePrice.ToBigInteger();
            var repaidValue = result.RepaidAssets.ToBigInteger() * lif * MorphoMath.OraclePriceScale.ToBigInteger() / E18.ToBigInteger();
            Assert.True(repaidValue + MorphoMath.OraclePriceScale.ToBigInteger() >= seizedValue, $"{repaidValue} < {seizedValue}");
        }, iter: 400);

    [Fact]
    public void AccrualNeverDecreasesDebtOrShareValue() =>
        Gen.Select(Gen.ULong[0, 50_000_000_000], Gen.ULong[0, 250], Gen.ULong[1, 30 * 86_400].Array[1, 6]).Sample((rate, feePermille, steps) =>
        {
            var market = Market(irm: new FixedRateIrm(rate));
            market.SetFee(feePermille * 1_000_000_000_000_000UL);
            market.SupplyCollateral("b", 10_000 * E18);
            market.Borrow("b", 700 * E18, UInt256.Zero);
            var now = 0UL;
            var (debt, lenderAssets) = (market.BorrowAssets("b"), market.SupplyAssets("lender"));
            foreach (var step in steps)
            {
                now += step;
                market.Warp(now);
                market.AccrueInterest();
                Assert.True(market.BorrowAssets("b") >= debt);
                Assert.True(market.SupplyAssets("lender") >= lenderAssets);
                (debt, lenderAssets) = (market.BorrowAssets("b"), market.SupplyAssets("lender"));
            }
        }, iter: 300);
}
