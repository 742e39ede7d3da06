using System.Numerics;
using Restake.Numerics;

namespace Restake.Sandbox.Stack;

/// <summary>
/// Amounts in stack scripts: a non-negative decimal integer (<c>"1500000000000000000"</c>), or the shorthand
/// <c>MANTISSAeEXP</c> for MANTISSA·10^EXP with a decimal mantissa (<c>"10000e18"</c>, <c>"0.4e18"</c>, <c>"3000e8"</c>),
/// which must come out a whole number within uint256.
/// </summary>
public static class StackAmount
{
    /// <summary>Parses <paramref name="text"/>; false with a reason when it is not an exact uint256.</summary>
    public static bool TryParse(string text, out UInt256 value, out string problem)
    {
        value = UInt256.Zero;
        var e = text.IndexOfAny(['e', 'E']);
        if (e < 0) return UInt256.TryParse(text, out value, out problem);
        var mantissa = text[..e];
        var exponentText = text[(e + 1)..];
        if (!int.TryParse(exponentText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var exponent) || exponent > 77)
        {
            problem = $"'{text}': the exponent after 'e' must be a whole number from 0 to 77";
            return false;
        }

        var dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa : mantissa[..dot] + mantissa[(dot + 1)..];
        var fraction = dot < 0 ? 0 : mantissa.Length - dot - 1;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || mantissa.Count(c => c == '.') > 1)
        {
            problem = $"'{text}' is not a number (expected digits, optionally with one '.', before 'e')";
            return false;
        }

        if (fraction > exponent)
        {
            problem = $"'{text}' is not a whole number of units ({fraction} decimals but only e{exponent})";
            return false;
        }

        var big = BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) * BigInteger.Pow(10, exponent - fraction);
        if (big >= BigInteger.One << 256)
        {
            problem = $"'{text}' is above the uint256 maximum";
            return false;
        }

        value = UInt256.FromBigInteger(big);
        problem = "";
        return true;
    }
}
