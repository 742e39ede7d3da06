using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Amm;

namespace Restake.Protocols.Tests.Amm;

/// <summary>Invariants that must hold for any pool and trade: fees stay in the pool and rounding favours the pool.</summary>
public class StableSwapPropertyTests
{
    private const int Iterations = 400;

    [Fact]
    public void LegacySwapNeverDecreasesD() =>
        Gen.Select(PoolGen.Legacy, Gen.Int[0, 1], Gen.ULong[1, 2_000_000]).Sample((pool, i, ppm) =>
        {
            var before = pool.GetD();
            var dx = PoolGen.Fraction(pool.Balance(i), ppm);
            pool.Exchange(i, 1 - i, dx, UInt256.Zero);
            Assert.True(pool.GetD() >= before, $"D fell from {before} to {pool.GetD()}");
        }, iter: Iterations);

    [Fact]
    public void NgSwapNeverDecreasesD() =>
        Gen.Select(PoolGen.Ng, Gen.Int[0, 1], Gen.ULong[1, 2_000_000]).Sample((pool, i, ppm) =>
        {
            var before = pool.GetD();
            pool.Exchange(i, 1 - i, PoolGen.Fraction(pool.Balance(i), ppm), UInt256.Zero);
            Assert.True(pool.GetD() >= before, $"D fell from {before} to {pool.GetD()}");
        }, iter: Iterations);

    [Fact]
    public void LegacySwapThereAndBackNeverProfits() =>
        Gen.Select(PoolGen.Legacy, Gen.Int[0, 1], Gen.ULong[1, 1_000_000]).Sample((pool, i, ppm) =>
        {
            var dx = PoolGen.Fraction(pool.Balance(i), ppm);
            var dy = pool.Exchange(i, 1 - i, dx, UInt256.Zero);
            if (dy.IsZero) return;
            var back = pool.Exchange(1 - i, i, dy, UInt256.Zero);
            Assert.True(back <= dx, $"{dx} became {back}");
        }, iter: Iterations);

    [Fact]
    public void NgSwapThereAndBackNeverProfits() =>
        Gen.Select(PoolGen.Ng, Gen.Int[0, 1], Gen.ULong[1, 1_000_000]).Sample((pool, i, ppm) =>
        {
            var dx = PoolGen.Fraction(pool.Balance(i), ppm);
            var dy = pool.Exchange(i, 1 - i, dx, UInt256.Zero);
            if (dy.IsZero) return;
            var back = pool.Exchange(1 - i, i, dy, UInt256.Zero);
            Assert.True(back <= dx, $"{dx} became {back}");
        }, iter: Iterations);

    [Fact]
    public void LegacyProportionalAddThenRemoveNeverReturnsMore() =>
        Gen.Select(PoolGen.Legacy, Gen.ULong[1, 10_000_000]).Sample((pool, ppm) =>
        {
            UInt256[] amounts = [pool.Balance(0) * ppm / 1_000_000, pool.Balance(1) * ppm / 1_000_000];
            var minted = pool.AddLiquidity("user", amounts, UInt256.Zero).LpAmount;
            var back = pool.RemoveLiquidity("user", minted, [UInt256.Zero, UInt256.Zero]);
            // A proportional deposit comes back proportionally: the total may not grow, whatever the split.
            Assert.True(back[0] + back[1] <= amounts[0] + amounts[1], $"put {amounts[0]}+{amounts[1]}, got {back[0]}+{back[1]}");
        }, iter: Iterations);

    [Fact]
    public void LegacyTakingBackAnImbalancedDepositCostsAtLeastWhatItMinted() =>
        Gen.Select(PoolGen.Legacy, Gen.ULong[0, 500_000], Gen.ULong[1, 500_000]).Sample((pool, ppm0, ppm1) =>
        {
            var a0 = pool.Balance(0) * ppm0 / 1_000_000;
            var a1 = PoolGen.Fraction(pool.Balance(1), ppm1);
            var minted = pool.AddLiquidity("user", [a0, a1], UInt256.Zero).LpAmount;
            var burnt = pool.RemoveLiquidityImbalance("lp", [a0, a1], UInt256.MaxValue).LpAmount;
            Assert.True(burnt >= minted, $"minted {minted}, withdrawing the same coins burnt only {burnt}");
        }, iter: Iterations);

    [Fact]
    public void NgAddThenOneCoinRemoveNeverReturnsMore() =>
        Gen.Select(PoolGen.Ng, PoolGen.Balance, Gen.Int[0, 1]).Sample((pool, amount, i) =>
        {
            UInt256[] amounts = i == 0 ? [amount, UInt256.Zero] : [UInt256.Zero, amount];
            var minted = pool.AddLiquidity("user", amounts, UInt256.Zero).LpAmount;
            var back = pool.RemoveLiquidityOneCoin("user", minted, i, UInt256.Zero);
            Assert.True(back <= amount, $"put {amount}, got {back}");
        }, iter: Iterations);

    [Fact]
    public void BalancesAlwaysCoverEveryLpClaim() =>
        Gen.Select(PoolGen.Legacy, Gen.ULong[1, 1_000_000], Gen.ULong[1, 1_000_000]).Sample((pool, ppm0, ppm1) =>
        {
            pool.Exchange(0, 1, PoolGen.Fraction(pool.Balance(0), ppm0), UInt256.Zero);
            pool.AddLiquidity("second", [PoolGen.Fraction(pool.Balance(0), ppm1), UInt256.Zero], UInt256.Zero);
            var first = pool.RemoveLiquidity("lp", pool.Lp.BalanceOf("lp"), [UInt256.Zero, UInt256.Zero]);
            var second = pool.RemoveLiquidity("second", pool.Lp.BalanceOf("second"), [UInt256.Zero, UInt256.Zero]);
            Assert.Equal(UInt256.Zero, pool.Lp.TotalSupply);
            for (var k = 0; k < 2; k++) Assert.True(pool.Holdings[k] >= pool.AdminBalances[k]);
            Assert.True(first[0] + second[0] > UInt256.Zero);
        }, iter: Iterations);

    [Fact]
    public void RevertedCallsLeaveNoTrace() =>
        Gen.Select(PoolGen.Ng, Gen.ULong[1, 1_000_000]).Sample((pool, ppm) =>
        {
            var dx = PoolGen.Fraction(pool.Balance(0), ppm);
            var stored = pool.StoredBalances.ToArray();
            var admin = pool.AdminBalances.ToArray();
            var lastD = pool.Oracle.LastD;
            var dy = pool.GetDy(0, 1, dx);
            Assert.Throws<RevertException>(() => pool.Exchange(0, 1, dx, dy + 1));
            Assert.Equal(stored, pool.StoredBalances);
            Assert.Equal(admin, pool.AdminBalances);
            Assert.Equal(lastD, pool.Oracle.LastD);
        }, iter: Iterations);
}
