using System.Numerics;
using CsCheck;

namespace Restake.Numerics.Tests;

/// <summary>
/// Long division on 64-bit limbs against BigInteger, with limbs drawn from the edge values that exercise the
/// quotient-digit corrections and the rare add-back step, which random values almost never reach.
/// </summary>
public class UInt256DivisionTests
{
    private static readonly ulong[] EdgeLimbs =
        [0, 1, 2, 0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000, 0x8000_0000_0000_0001, 0xFFFF_FFFF_FFFF_FFFE, 0xFFFF_FFFF_FFFF_FFFF, 0x0000_0001_0000_0000, 0xFFFF_FFFF_0000_0000];

    private static readonly Gen<BigInteger> EdgeValue =
        Gen.Int[1, 4].SelectMany(limbs => Gen.Int[0, EdgeLimbs.Length - 1].Select(i => EdgeLimbs[i]).Array[limbs].Select(Compose));

    private static BigInteger Compose(ulong[] limbs)
    {
        var value = BigInteger.Zero;
        for (var i = limbs.Length - 1; i >= 0; i--) value = (value << 64) | limbs[i];
        return value;
    }

    [Fact]
    public void DivisionAndModuloMatchBigIntegerOnEdgeLimbs() =>
        Gen.Select(EdgeValue, EdgeValue).Sample((a, b) =>
        {
            if (b.IsZero) return;
            var x = UInt256.FromBigInteger(a);
            var y = UInt256.FromBigInteger(b);
            Assert.Equal(a / b, (x / y).ToBigInteger());
            Assert.Equal(a % b, (x % y).ToBigInteger());
        }, iter: 50_000);

    [Fact]
    public void MulDivMatchesBigIntegerOnEdgeLimbs() =>
        Gen.Select(EdgeValue, EdgeValue, EdgeValue).Sample((a, b, c) =>
        {
            if (c.IsZero) return;
            var floor = BigInteger.DivRem(a * b, c, out var rem);
            if (floor >= BigInteger.One << 256) return;
            var x = UInt256.FromBigInteger(a);
            var y = UInt256.FromBigInteger(b);
            var z = UInt256.FromBigInteger(c);
            Assert.Equal(floor, UInt256.MulDiv(x, y, z, Rounding.Down).ToBigInteger());
            Assert.Equal(rem.IsZero ? floor : floor + 1, UInt256.MulDiv(x, y, z, Rounding.Up).ToBigInteger());
        }, iter: 50_000);

    [Fact]
    public void KnownAddBackCase()
    {
        // u = 2^255 - 2^192 + ..., v chosen so the first quotient estimate is one too large after correction.
        var u = (BigInteger.One << 255) - 1;
        var v = (BigInteger.One << 127) + 1;
        Assert.Equal(u / v, (UInt256.FromBigInteger(u) / UInt256.FromBigInteger(v)).ToBigInteger());
        var w = Compose([0, 0xFFFF_FFFF_FFFF_FFFF, 0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000]);
        var d = Compose([0xFFFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000]);
        Assert.Equal(w / d, (UInt256.FromBigInteger(w) / UInt256.FromBigInteger(d)).ToBigInteger());
        Assert.Equal(w % d, (UInt256.FromBigInteger(w) % UInt256.FromBigInteger(d)).ToBigInteger());
    }
}
