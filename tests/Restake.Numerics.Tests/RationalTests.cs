using System.Numerics;
using CsCheck;
using Restake.Numerics;

namespace Restake.Numerics.Tests;

public class RationalTests
{
    private static readonly Gen<Rational> AnyRational =
        Gen.Select(Gen.Long[-1_000_000, 1_000_000], Gen.Long[1, 1_000_000]).Select((p, q) => new Rational(p, q));

    [Fact]
    public void Field_laws_hold_exactly()
    {
        Gen.Select(AnyRational, AnyRational, AnyRational).Sample((a, b, c) =>
        {
            Assert.Equal(a + b, b + a);
            Assert.Equal((a + b) + c, a + (b + c));
            Assert.Equal(a * (b + c), a * b + a * c);
            Assert.Equal(a, a + b - b);
            if (!b.IsZero) Assert.Equal(a, a * b / b);
            Assert.True(BigInteger.GreatestCommonDivisor(a.Numerator, a.Denominator).IsOne || a.IsZero);
            Assert.True(a.Denominator.Sign > 0);
        }, iter: 5_000);
    }

    [Theory]
    [InlineData("6/4", "3/2")]
    [InlineData("-2/-4", "1/2")]
    [InlineData("3/-9", "-1/3")]
    [InlineData("0/5", "0")]
    [InlineData("1.25", "5/4")]
    [InlineData("-0.5", "-1/2")]
    [InlineData("42", "42")]
    public void Parse_normalises(string text, string expected) => Assert.Equal(expected, Rational.Parse(text).ToString());

    [Fact]
    public void Floor_ceiling_and_decimal_text()
    {
        var x = new Rational(-7, 2);
        Assert.Equal(new BigInteger(-4), x.Floor());
        Assert.Equal(new BigInteger(-3), x.Ceiling());
        Assert.Equal("22.4444", new Rational(202, 9).ToDecimalString(4));
        Assert.Equal("0.6667", new Rational(2, 3).ToDecimalString(4));
        Assert.Equal(0.1, new Rational(1, 10).ToDouble(), 15);
    }

    [Fact]
    public void Default_is_zero_and_comparisons_are_exact()
    {
        Assert.True(default(Rational).IsZero);
        Assert.Equal(BigInteger.One, default(Rational).Denominator);
        Assert.True(new Rational(1, 3) < new Rational(333_334, 1_000_000));
        Assert.Throws<DivideByZeroException>(() => new Rational(1, 0));
    }
}
