using System.Numerics;
using CsCheck;
using Restake.Numerics;

namespace Restake.Numerics.Tests;

/// <summary>
/// The size-specialised paths of <see cref="UInt256"/> (64-bit operands, one- and two-limb divisors, reciprocal
/// divisors such as 100 and 1e18, full width) and <see cref="UInt128Math"/> against BigInteger, including every
/// revert, with operands drawn at and around each limb boundary.
/// </summary>
public class UInt256SizeClassTests
{
    private static readonly BigInteger Two256 = BigInteger.One << 256;
    private static readonly BigInteger Two128 = BigInteger.One << 128;

    private static readonly ulong[] Constants = [100, 10_000, 10_000_000_000, 1_000_000_000_000_000_000, 3, ulong.MaxValue, 1, 2, 4, 1UL << 63];

    /// <summary>Zero, small, the fixed-point constants, 2^k ± few at k = 64, 126, 127, 128, 192, 256, random widths.</summary>
    internal static readonly Gen<BigInteger> SizedValue =
        Gen.Int[0, 10].SelectMany(kind => Gen.Select(Gen.ULong, Gen.ULong, Gen.Int[-3, 3], Gen.Int[1, 256]).Select((r, r2, delta, bits) =>
        {
            var v = kind switch
            {
                0 => BigInteger.Zero,
                1 => (BigInteger)(r % 1_000),
                2 => (BigInteger)Constants[r % (ulong)Constants.Length],
                3 => (BigInteger.One << 64) + delta,
                4 => (BigInteger.One << (int)(126 + r % 3)) + delta,
                5 => Two128 + delta,
                6 => (BigInteger.One << 192) + delta,
                7 => Two256 + delta - 4,
                8 => ((BigInteger)r | ((BigInteger)r2 << 64)) >> (int)(r2 % 64), // up to 128 bits
                _ => (((BigInteger)r << 192) | ((BigInteger)r2 << 128) | ((BigInteger)r2 << 64) | r) >> (256 - bits),
            };
            return BigInteger.Max(BigInteger.Zero, BigInteger.Min(v, Two256 - 1));
        }));

    private static void Same(Func<BigInteger> reference, Func<UInt256> actual)
    {
        string? error = null;
        BigInteger expected = 0;
        try
        {
            expected = reference();
            if (expected.Sign < 0 || expected >= Two256) error = Panic.Overflow;
        }
        catch (DivideByZeroException)
        {
            error = Panic.DivisionByZero;
        }

        if (error is null) Assert.Equal(expected, actual().ToBigInteger());
        else Assert.Equal(error, Assert.Throws<RevertException>(() => actual()).Error);
    }

    [Fact]
    public void Operators_match_BigInteger_across_size_classes()
    {
        Gen.Select(SizedValue, SizedValue, SizedValue).Sample((a, b, c) =>
        {
            var (x, y, z) = ((UInt256)a, (UInt256)b, (UInt256)c);
            Same(() => a + b, () => x + y);
            Same(() => a - b, () => x - y);
            Same(() => a * b, () => x * y);
            Same(() => a / b, () => x / y);
            Same(() => a % b, () => x % y);
            Same(() => b.IsZero ? throw new DivideByZeroException() : (a + b - 1) / b, () => UInt256.DivUp(x, y));
            Same(() => c.IsZero ? throw new DivideByZeroException() : a * b / c, () => UInt256.MulDiv(x, y, z));
            Same(() => c.IsZero ? throw new DivideByZeroException() : (a * b + c - 1) / c, () => UInt256.MulDiv(x, y, z, Rounding.Up));
            // The contract form a*b/c with a checked product.
            Same(() => a * b >= Two256 ? Two256 : c.IsZero ? throw new DivideByZeroException() : a * b / c, () => x * y / z);
        }, iter: 20_000, threads: 1);
    }

    [Fact]
    public void Division_by_each_reciprocal_constant_is_exact()
    {
        Gen.Select(SizedValue, Gen.Int[0, Constants.Length - 1]).Sample((a, k) =>
        {
            var d = (BigInteger)Constants[k];
            var x = (UInt256)a;
            Assert.Equal(a / d, (x / (UInt256)d).ToBigInteger());
            Assert.Equal(a % d, (x % (UInt256)d).ToBigInteger());
        }, iter: 10_000, threads: 1);
    }

    private static readonly Gen<BigInteger> Value128 = SizedValue.Select(v => v % Two128);

    [Fact]
    public void Fused_128_bit_mul_div_matches_BigInteger_or_declines()
    {
        Gen.Select(Value128, Value128, Value128, SizedValue).Sample((a, b, c, e) =>
        {
            var (x, y, z) = ((UInt128)a, (UInt128)b, (UInt128)c);
            var q = c.IsZero ? (BigInteger?)null : a * b / c;
            var fits = q is { } v && v < Two128;
            Assert.Equal(fits, UInt128Math.TryMulDiv(x, y, z, out var quotient));
            if (fits) Assert.Equal(q!.Value, (BigInteger)quotient);

            var eWide = (UInt256)e;
            var sum = a * b + e;
            var q2 = c.IsZero || sum >= Two256 ? (BigInteger?)null : sum / c;
            var fits2 = q2 is { } v2 && v2 < Two128;
            Assert.Equal(fits2, UInt128Math.TryMulAddDiv(x, y, eWide.High, eWide.Low, z, out var quotient2));
            if (fits2) Assert.Equal(q2!.Value, (BigInteger)quotient2);
        }, iter: 20_000, threads: 1);
    }

    [Fact]
    public void High_and_low_halves_recompose_the_value()
    {
        SizedValue.Sample(a =>
        {
            var x = (UInt256)a;
            Assert.Equal(a, ((BigInteger)x.High << 128) + (BigInteger)x.Low);
        }, iter: 2_000, threads: 1);
    }
}
