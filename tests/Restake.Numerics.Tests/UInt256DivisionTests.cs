using System.Numerics;
using CsCheck;
using Restake.Numerics;

namespace Restake.Numerics.Tests;

/// <summary>Long division (Knuth D) behind <c>/</c>, <c>%</c> and wide <c>MulDiv</c>, against BigInteger.</summary>
public class UInt256DivisionTests
{
    /// <summary>Dividends and divisors for which the quotient-digit estimate is one too large (the add-back step).</summary>
    [Theory]
    [InlineData("13479973339852421634181689945186931228611331155293209987853903374724", "170141183539697394282845129454699675648")]
    [InlineData("57896044618658097705508390769688023981538318331908602359664688134061661667056", "39614081257132168794624491519")]
    [InlineData("6277101735386680763835789423168052334835999903636850212864", "18446744073709551617")]
    [InlineData("6277101733194428308179717412902305793033239976113864704001", "170141183460469231740910675759181332481")]
    // The same situations for 64-bit limbs: one and two estimate corrections, a top limb equal to the divisor's (with
    // and without overflow of the partial remainder), and an add-back.
    [InlineData("3138550867693340382258177078603999834019593295220474642433", "510423550381407695213508655221361868799")]
    [InlineData("6277101735386680763586757142207500915988019105576695889919", "113478987997012578213846151770060881919")]
    [InlineData("115792089237316195411016781537914546325768547002685700438993783794737799495680", "340282366920938463432053032268847667016")]
    [InlineData("115792089237316195420432434140994567471181948770576261599711612470112647380990", "3138550867693340381885766121637756128044126952288019283969")]
    [InlineData("115792089237316195414155332405607886707763839589889784831169430147566892220416", "3138550867693340381917894711603833208060561892278801294964")]
    public void Add_back_cases_divide_exactly(string dividend, string divisor)
    {
        var a = BigInteger.Parse(dividend);
        var b = BigInteger.Parse(divisor);
        var x = UInt256.FromBigInteger(a);
        var y = UInt256.FromBigInteger(b);
        Assert.Equal(a / b, (x / y).ToBigInteger());
        Assert.Equal(a % b, (x % y).ToBigInteger());
        Assert.Equal(a / b, UInt256.MulDiv(x, UInt256.One, y).ToBigInteger());
    }

    private static readonly uint[] Pool = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffe, 0x80000001];

    /// <summary>Values built from digits near the edges of a 32-bit digit, where estimates go wrong most often.</summary>
    private static readonly Gen<BigInteger> EdgyValue =
        Gen.Select(Gen.Int[1, 8], Gen.Int[0, Pool.Length].Array[8], Gen.UInt.Array[8], (n, picks, randoms) =>
        {
            var v = BigInteger.Zero;
            for (var i = 0; i < n; i++) v |= (BigInteger)(picks[i] < Pool.Length ? Pool[picks[i]] : randoms[i]) << (32 * i);
            return v;
        });

    private static readonly ulong[] Pool64 = [0, 1, ulong.MaxValue, ulong.MaxValue - 1, 1UL << 63, (1UL << 63) + 1, (1UL << 63) - 1, 1UL << 32, (1UL << 32) - 1];

    /// <summary>Values built from 64-bit limbs near the edges (the limb size of the long division).</summary>
    private static readonly Gen<BigInteger> EdgyLimbs =
        Gen.Select(Gen.Int[1, 4], Gen.Int[0, Pool64.Length + 3].Array[4], Gen.ULong.Array[4], (n, picks, randoms) =>
        {
            var v = BigInteger.Zero;
            for (var i = 0; i < n; i++) v |= (BigInteger)(picks[i] < Pool64.Length ? Pool64[picks[i]] : randoms[i]) << (64 * i);
            return v;
        });

    [Fact]
    public void Division_and_muldiv_match_BigInteger_on_edge_limbs()
    {
        Gen.Select(EdgyLimbs, EdgyLimbs, EdgyLimbs).Sample((a, b, c) =>
        {
            if (c.IsZero) return;
            var (x, y, z) = (UInt256.FromBigInteger(a), UInt256.FromBigInteger(b), UInt256.FromBigInteger(c));
            Assert.Equal(a / c, (x / z).ToBigInteger());
            Assert.Equal(a % c, (x % z).ToBigInteger());
            var floor = BigInteger.DivRem(a * b, c, out var rem);
            if (floor >= BigInteger.One << 256) return;
            Assert.Equal(floor, UInt256.MulDiv(x, y, z, Rounding.Down).ToBigInteger());
            var ceil = rem.IsZero ? floor : floor + 1;
            if (ceil < BigInteger.One << 256) Assert.Equal(ceil, UInt256.MulDiv(x, y, z, Rounding.Up).ToBigInteger());
        }, iter: 20_000, threads: 1);
    }

    [Fact]
    public void Division_and_wide_muldiv_match_BigInteger_on_edge_digits()
    {
        Gen.Select(EdgyValue, EdgyValue, EdgyValue).Sample((a, b, c) =>
        {
            if (c.IsZero) return;
            var (x, y, z) = (UInt256.FromBigInteger(a), UInt256.FromBigInteger(b), UInt256.FromBigInteger(c));
            Assert.Equal(a / c, (x / z).ToBigInteger());
            Assert.Equal(a % c, (x % z).ToBigInteger());
            var floor = BigInteger.DivRem(a * b, c, out var rem);
            if (floor >= BigInteger.One << 256) return;
            Assert.Equal(floor, UInt256.MulDiv(x, y, z, Rounding.Down).ToBigInteger());
            var ceil = rem.IsZero ? floor : floor + 1;
            if (ceil < BigInteger.One << 256) Assert.Equal(ceil, UInt256.MulDiv(x, y, z, Rounding.Up).ToBigInteger());
        }, iter: 20_000, threads: 1);
    }
}
