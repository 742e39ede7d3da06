using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Lending.Aave;
using static Restake.Protocols.Tests.Lending.AaveFixture;

namespace Restake.Protocols.Tests.Lending;

public class AavePropertyTests
{
    [Fact]
    public void AccrualNeverDecreasesIndexesOrBalances() =>
        Gen.Select(Gen.ULong[1, 99_000], Gen.ULong[1, 400 * 86_400].Array[1, 6]).Sample((borrowed, steps) =>
        {
            var (market, _, _) = Market();
            market.Supply("u", "wstETH", Ether(200_000));
            market.Borrow("u", "WETH", Ether(borrowed));
            var reserve = market.Reserve("WETH");
            var (li, bi, debt, supply) = (reserve.LiquidityIndex, reserve.VariableBorrowIndex, market.DebtBalance("u", "WETH"), market.SupplyBalance("whale", "WETH"));
            var now = market.Timestamp;
            foreach (var step in steps)
            {
                now += step;
                market.Warp(now);
                Assert.True(market.DebtBalance("u", "WETH") >= debt);
                Assert.True(market.SupplyBalance("whale", "WETH") >= supply);
                market.Repay("u", "WETH", UInt256.One * 1_000_000); // touches the reserve: indexes roll forward
                Assert.True(reserve.LiquidityIndex >= li && reserve.VariableBorrowIndex >= bi);
                (li, bi, debt, supply) = (reserve.LiquidityIndex, reserve.VariableBorrowIndex, market.DebtBalance("u", "WETH"), market.SupplyBalance("whale", "WETH"));
            }
        }, iter: 200);

    [Fact]
    public void LiquidationRespectsBonusCloseFactorAndHealth() =>
        Gen.Select(Gen.ULong[10, 5_000], Gen.ULong[50, 99], Gen.ULong[2_000, 3_590], Gen.ULong[1, 100]).Sample((coll, ltvPct, newPrice, coverPct) =>
        {
            var (market, collateral, _) = Market();
            market.Supply("u", "wstETH", Ether(coll));
            var maxBorrow = coll * 3_600 * 78 / 100 / 3_000; // whole WETH
            var borrow = Ether(maxBorrow) * ltvPct / 100;
            if (borrow.IsZero) return;
            market.Borrow("u", "WETH", borrow);
            collateral.Value = Usd(newPrice);
            var before = market.GetUserAccountData("u");
            if (before.HealthFactor >= Wad.One) return;
            var cover = borrow * coverPct / 100 + UInt256.One;
            LiquidationResult result;
            try
            {
                result = market.LiquidationCall("wstETH", "WETH", "u", cover);
            }
            catch (RevertException e)
            {
                Assert.Equal(AaveErrors.MustNotLeaveDust, e.Error);
                Assert.Equal(borrow, market.DebtBalance("u", "WETH")); // nothing moved
                return;
            }

            Assert.True(result.ActualDebtToLiquidate <= UInt256.Min(cover, result.MaxLiquidatableDebt));
            if (before.HealthFactor > AaveMarket.CloseFactorHfThreshold && before.TotalCollateralBase >= Usd(2_000)
                && before.TotalDebtBase >= Usd(2_000))
                Assert.True(result.MaxLiquidatableDebt <= borrow / 2 + UInt256.One);
            // Seized value never exceeds the repaid value plus the 6 % bonus (one unit of rounding each way).
            var seizedValue = result.CollateralSeized.ToBigInteger() * newPrice;
            var repaidValue = result.ActualDebtToLiquidate.ToBigInteger() * 3_000 * 10_600 / 10_000;
            Assert.True(seizedValue <= repaidValue + 2 * (System.Numerics.BigInteger)newPrice, $"{seizedValue} > {repaidValue}");
            // While collateral covers debt plus bonus, a liquidation can only improve health.
            var after = market.GetUserAccountData("u");
            var covers = before.TotalCollateralBase.ToBigInteger() * 10_000 >= before.TotalDebtBase.ToBigInteger() * 10_600;
            if (covers && !after.TotalDebtBase.IsZero)
                Assert.True(after.HealthFactor.ToDouble() >= before.HealthFactor.ToDouble() * (1 - 1e-9),
                    $"HF {before.HealthFactor} → {after.HealthFactor}");
        }, iter: 400);
}
