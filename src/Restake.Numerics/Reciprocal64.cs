using System.Numerics;

namespace Restake.Numerics;

/// <summary>
/// Division by a fixed 64-bit divisor through a precomputed reciprocal (Möller and Granlund, "Improved division by
/// invariant integers", 2011, algorithm 4): each 128-by-64-bit step costs two multiplications instead of a division.
/// </summary>
internal readonly struct Reciprocal64
{
    /// <summary>The divisor shifted left until its top bit is set.</summary>
    public readonly ulong Divisor;

    /// <summary>⌊(2^128 − 1) / Divisor⌋ − 2^64.</summary>
    public readonly ulong Inverse;

    /// <summary>The normalisation shift (leading zero bits of the original divisor).</summary>
    public readonly int Shift;

    /// <summary>The reciprocal of a non-zero divisor.</summary>
    public Reciprocal64(ulong divisor)
    {
        Shift = BitOperations.LeadingZeroCount(divisor);
        Divisor = divisor << Shift;
        Inverse = UInt256.DivRem128By64(~Divisor, ulong.MaxValue, Divisor, out _);
    }

    /// <summary>⌊(hi·2^64 + lo) / Divisor⌋ and the remainder, for <paramref name="hi"/> &lt; <see cref="Divisor"/> (normalised operands).</summary>
    public ulong DivRem(ulong hi, ulong lo, out ulong remainder)
    {
        var q1 = Math.BigMul(Inverse, hi, out var q0);
        q0 += lo;
        q1 += hi + 1 + (q0 < lo ? 1UL : 0UL);
        var r = lo - q1 * Divisor;
        if (r > q0)
        {
            q1--;
            r += Divisor;
        }

        if (r >= Divisor)
        {
            q1++;
            r -= Divisor;
        }

        remainder = r;
        return q1;
    }
}
