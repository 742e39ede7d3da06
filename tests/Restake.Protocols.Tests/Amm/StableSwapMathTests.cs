using System.Numerics;
using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Amm;

namespace Restake.Protocols.Tests.Amm;

public class StableSwapMathTests
{
    private static readonly UInt256 E18 = Wad.One;

    internal static UInt256 Ether(ulong whole) => whole * E18;

    [Fact]
    public void BalancedPoolHasDEqualToTheSum()
    {
        UInt256[] xp = [Ether(1234), Ether(1234)];
        Assert.Equal(Ether(2468), StableSwapMath.GetD(xp, 100 * 100, StableSwapVariant.Legacy));
        Assert.Equal(Ether(2468), StableSwapMath.GetD(xp, 100 * 100, StableSwapVariant.NextGen));
    }

    [Fact]
    public void EmptyPoolHasZeroD() =>
        Assert.Equal(UInt256.Zero, StableSwapMath.GetD([UInt256.Zero, UInt256.Zero], 5000, StableSwapVariant.Legacy));

    [Fact]
    public void DGrowsWithAmplificationOnAnImbalancedPool()
    {
        // More amplification means the pool behaves more like a constant-sum curve: D approaches Σx from below.
        UInt256[] xp = [Ether(111_300), Ether(491_000)];
        var previous = UInt256.Zero;
        foreach (var a in new ulong[] { 5, 10, 30, 50, 100, 200 })
        {
            var d = StableSwapMath.GetD(xp, a * 100, StableSwapVariant.Legacy);
            Assert.True(d > previous);
            Assert.True(d < Ether(602_300));
            previous = d;
        }
    }

    [Fact]
    public void GetYRejectsTheSameCoinAndBadIndexes()
    {
        UInt256[] xp = [Ether(10), Ether(10)];
        Assert.Equal(CurveErrors.SameCoin,
            Assert.Throws<RevertException>(() => StableSwapMath.GetY(0, 0, Ether(11), xp, 5000, Ether(20))).Error);
        Assert.Equal(CurveErrors.CoinIndexOutOfRange,
            Assert.Throws<RevertException>(() => StableSwapMath.GetY(0, 2, Ether(11), xp, 5000, Ether(20))).Error);
    }

    [Fact]
    public void GetYOfTheCurrentBalanceReturnsTheOtherBalance()
    {
        UInt256[] xp = [Ether(3_000), Ether(7_000)];
        UInt256 amp = 200 * 100;
        var d = StableSwapMath.GetD(xp, amp, StableSwapVariant.NextGen);
        var y = StableSwapMath.GetY(0, 1, xp[0], xp, amp, d);
        var gap = y > xp[1] ? y - xp[1] : xp[1] - y;
        Assert.True(gap <= (UInt256)2, $"y {y} vs {xp[1]}");
        var yd = StableSwapMath.GetYD(amp, 1, xp, d);
        gap = yd > xp[1] ? yd - xp[1] : xp[1] - yd;
        Assert.True(gap <= (UInt256)2, $"y_D {yd} vs {xp[1]}");
    }

    [Fact]
    public void DynamicFeeIsTheBaseFeeAtBalanceAndRisesOffPeg()
    {
        UInt256 fee = 1_000_000, offpeg = 50_000_000_000UL;
        Assert.Equal(fee, StableSwapMath.DynamicFee(Ether(100), Ether(100), fee, offpeg));
        var skewed = StableSwapMath.DynamicFee(Ether(10), Ether(190), fee, offpeg);
        Assert.True(skewed > fee && skewed < fee * 5);
        Assert.Equal(fee, StableSwapMath.DynamicFee(Ether(10), Ether(190), fee, 10_000_000_000UL));
    }

    [Fact]
    public void DynamicFeeMatchesTheFormulaExactly() =>
        Gen.Select(Gen.ULong[1, 1_000_000_000], Gen.ULong[1, 1_000_000_000], Gen.ULong[0, 50_000_000], Gen.ULong[10_000_000_001, 100_000_000_000])
            .Sample((a, b, fee, offpeg) =>
            {
                BigInteger x = a * 1_000_000_000UL, y = b * 1_000_000_000UL;
                var expected = offpeg * (BigInteger)fee / ((offpeg - 10_000_000_000UL) * 4 * x * y / ((x + y) * (x + y)) + 10_000_000_000UL);
                Assert.Equal(expected, StableSwapMath.DynamicFee((UInt256)x, (UInt256)y, fee, offpeg).ToBigInteger());
            }, iter: 500);

    [Fact]
    public void DSatisfiesTheInvariantWithinRounding() =>
        Gen.Select(Gen.ULong[1, 1_000_000_000], Gen.ULong[1, 1_000_000_000], Gen.ULong[1, 10_000]).Sample((a, b, aParam) =>
        {
            UInt256[] xp = [a * 1_000_000_000_000UL, b * 1_000_000_000_000UL];
            var amp = (UInt256)aParam * 100;
            var d = StableSwapMath.GetD(xp, amp, StableSwapVariant.NextGen).ToBigInteger();
            // Whitepaper form with A_wp = A()/2 for two coins: A()·2·Σx + D = A()·2·D + D³/(4·Πx).
            BigInteger x0 = xp[0], x1 = xp[1], s = x0 + x1, ann = aParam * 2;
            Rational lhs = ann * s + d;
            var rhs = (Rational)(ann * d) + new Rational(d * d * d, 4 * x0 * x1);
            var relative = Rational.Abs(lhs - rhs) / lhs;
            Assert.True(relative < new Rational(1, 1_000_000_000), $"relative error {relative.ToDouble()}");
        }, iter: 300);
}
