using CsCheck;
using Restake.Numerics;
using Restake.Sandbox.Stack;

namespace Restake.Sandbox.Tests.Stack;

public sealed class StackAmountTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("1500000000000000000", "1500000000000000000")]
    [InlineData("10000e18", "10000000000000000000000")]
    [InlineData("0.4e18", "400000000000000000")]
    [InlineData("3000e8", "300000000000")]
    [InlineData("1.25e2", "125")]
    [InlineData("7e0", "7")]
    public void Parses_integers_and_the_exact_e_shorthand(string text, string expected)
    {
        Assert.True(StackAmount.TryParse(text, out var v, out var problem), problem);
        Assert.Equal(UInt256.Parse(expected), v);
    }

    [Theory]
    [InlineData("1.5e0", "whole number")]
    [InlineData("0.123e2", "whole number")]
    [InlineData("1e78", "exponent")]
    [InlineData("2e77", "uint256")]
    [InlineData("1e-3", "exponent")]
    [InlineData("e18", "not a number")]
    [InlineData("1.2.3e18", "not a number")]
    [InlineData("-5", "negative")]
    [InlineData("ten", "ten")]
    public void Rejects_what_is_not_an_exact_uint256(string text, string problem)
    {
        Assert.False(StackAmount.TryParse(text, out _, out var why));
        Assert.Contains(problem, why);
    }

    [Fact]
    public void Shorthand_equals_mantissa_times_power_of_ten_for_any_exact_value()
    {
        Gen.Select(Gen.ULong, Gen.Int[0, 18], Gen.Int[0, 40]).Sample((m, frac, extra) =>
        {
            var digits = m.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(frac + 1, '0');
            var text = frac == 0 ? digits : digits[..^frac] + "." + digits[^frac..];
            var exponent = frac + extra;
            Assert.True(StackAmount.TryParse($"{text}e{exponent}", out var v, out var problem), problem);
            Assert.Equal(new System.Numerics.BigInteger(m) * System.Numerics.BigInteger.Pow(10, extra), v.ToBigInteger());
        });
    }
}
