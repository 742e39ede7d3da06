using System.Numerics;
using CsCheck;
using Restake.Numerics;

namespace Restake.Numerics.Tests;

public class UInt256Tests
{
    private static readonly BigInteger Two256 = BigInteger.One << 256;

    /// <summary>Values spread over every magnitude: small, around 2^64 and 2^128, and near 2^256.</summary>
    internal static readonly Gen<BigInteger> AnyValue =
        Gen.Int[0, 256].SelectMany(bits => Gen.Byte.Array[33].Select(bytes =>
        {
            bytes[32] = 0;
            var v = new BigInteger(bytes);
            return bits == 0 ? BigInteger.Zero : v % (BigInteger.One << bits);
        }));

    [Fact]
    public void Arithmetic_matches_BigInteger_or_panics_like_Solidity()
    {
        Gen.Select(AnyValue, AnyValue).Sample((a, b) =>
        {
            var x = UInt256.FromBigInteger(a);
            var y = UInt256.FromBigInteger(b);
            Check(() => x + y, a + b);
            Check(() => x - y, a - b);
            Check(() => x * y, a * b);
            if (b.IsZero)
            {
                Assert.Equal(Panic.DivisionByZero, Assert.Throws<RevertException>(() => x / y).Error);
                Assert.Equal(Panic.DivisionByZero, Assert.Throws<RevertException>(() => x % y).Error);
            }
            else
            {
                Assert.Equal(a / b, (x / y).ToBigInteger());
                Assert.Equal(a % b, (x % y).ToBigInteger());
            }

            Assert.Equal(a.CompareTo(b), x.CompareTo(y));
        }, iter: 20_000);
    }

    private static void Check(Func<UInt256> op, BigInteger expected)
    {
        if (expected.Sign < 0 || expected >= Two256)
            Assert.Equal(Panic.Overflow, Assert.Throws<RevertException>(() => op()).Error);
        else
            Assert.Equal(expected, op().ToBigInteger());
    }

    [Fact]
    public void MulDiv_uses_full_precision_and_rounds_as_named()
    {
        Gen.Select(AnyValue, AnyValue, AnyValue).Sample((a, b, c) =>
        {
            var x = UInt256.FromBigInteger(a);
            var y = UInt256.FromBigInteger(b);
            var z = UInt256.FromBigInteger(c);
            if (c.IsZero)
            {
                Assert.Equal(Panic.DivisionByZero, Assert.Throws<RevertException>(() => UInt256.MulDiv(x, y, z)).Error);
                return;
            }

            var floor = BigInteger.DivRem(a * b, c, out var rem);
            var ceil = rem.IsZero ? floor : floor + 1;
            Check(() => UInt256.MulDiv(x, y, z, Rounding.Down), floor);
            Check(() => UInt256.MulDiv(x, y, z, Rounding.Up), ceil);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("18446744073709551616")]
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639935")]
    public void Parse_round_trips(string text) => Assert.Equal(text, UInt256.Parse(text).ToString());

    [Theory]
    [InlineData("-1", "negative")]
    [InlineData("1.5", "decimal digits")]
    [InlineData("abc", "decimal digits")]
    [InlineData("", "empty")]
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639936", "above the uint256 maximum")]
    public void Parse_rejects_bad_numbers_with_a_reason(string text, string reason)
    {
        Assert.False(UInt256.TryParse(text, out _, out var problem));
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Narrowing_casts_revert_when_the_value_does_not_fit()
    {
        Assert.Equal(ulong.MaxValue, (ulong)(UInt256)ulong.MaxValue);
        Assert.Throws<RevertException>(() => (ulong)((UInt256)ulong.MaxValue + 1));
        Assert.Throws<RevertException>(() => (UInt256)(-1));
    }
}
