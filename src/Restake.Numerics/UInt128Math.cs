using System.Numerics;
using System.Runtime.CompilerServices;

namespace Restake.Numerics;

/// <summary>
/// Fused ⌊a·b/c⌋ and ⌊(a·b + e)/c⌋ on <see cref="UInt128"/> operands with an exact 256-bit intermediate, for hot loops
/// whose values stay below 2^128 (16-byte values travel in registers where 32-byte <see cref="UInt256"/>s do not).
/// Each returns false instead of a result that would not fit: a zero divisor, a quotient of 2^128 or more, or (for
/// the sum) a numerator of 2^256 or more; otherwise the result equals the checked <see cref="UInt256"/> expression.
/// </summary>
public static class UInt128Math
{
    /// <summary>⌊a·b/c⌋ when c ≠ 0 and the quotient fits 128 bits.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryMulDiv(UInt128 a, UInt128 b, UInt128 c, out UInt128 quotient)
    {
        Multiply(a, b, out var p3, out var p2, out var p1, out var p0);
        return TryDivide(p3, p2, p1, p0, c, out quotient);
    }

    /// <summary>
    /// ⌊(a·b + e)/c⌋ with e = <paramref name="addHigh"/>·2^128 + <paramref name="addLow"/>, when the numerator is below
    /// 2^256, c ≠ 0 and the quotient fits 128 bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryMulAddDiv(UInt128 a, UInt128 b, UInt128 addHigh, UInt128 addLow, UInt128 c, out UInt128 quotient)
    {
        Multiply(a, b, out var p3, out var p2, out var p1, out var p0);
        ulong e3 = (ulong)(addHigh >> 64), e2 = (ulong)addHigh, e1 = (ulong)(addLow >> 64), e0 = (ulong)addLow;
        p0 += e0;
        ulong carry = p0 < e0 ? 1UL : 0UL;
        p1 = AddCarry(p1, e1, ref carry);
        p2 = AddCarry(p2, e2, ref carry);
        p3 = AddCarry(p3, e3, ref carry);
        if (carry != 0)
        {
            quotient = 0;
            return false;
        }

        return TryDivide(p3, p2, p1, p0, c, out quotient);
    }

    /// <summary>The 256-bit product a·b as four little-endian limbs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Multiply(UInt128 a, UInt128 b, out ulong p3, out ulong p2, out ulong p1, out ulong p0)
    {
        ulong a0 = (ulong)a, a1 = (ulong)(a >> 64), b0 = (ulong)b, b1 = (ulong)(b >> 64);
        var h00 = Math.BigMul(a0, b0, out p0);
        var h01 = Math.BigMul(a0, b1, out var l01);
        var h10 = Math.BigMul(a1, b0, out var l10);
        var h11 = Math.BigMul(a1, b1, out var l11);
        // Column 1: h00 + l01 + l10; column 2: h01 + h10 + l11 + its carries; column 3: h11 + carries (no overflow).
        ulong c2 = 0;
        p1 = AddCarry(h00, l01, ref c2);
        ulong c = 0;
        p1 = AddCarry(p1, l10, ref c);
        c2 += c;
        ulong c3 = 0;
        p2 = AddCarry(h01, h10, ref c3);
        c = 0;
        p2 = AddCarry(p2, l11, ref c);
        c3 += c;
        c = 0;
        p2 = AddCarry(p2, c2, ref c);
        p3 = h11 + c3 + c;
    }

    /// <summary>x + y + carry with the carry out (0 or 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AddCarry(ulong x, ulong y, ref ulong carry)
    {
        var s = x + y;
        var c1 = s < x ? 1UL : 0UL;
        var t = s + carry;
        carry = c1 | (t < s ? 1UL : 0UL);
        return t;
    }

    /// <summary>⌊(p3, p2, p1, p0) / c⌋ when it fits 128 bits, i.e. when (p3, p2) &lt; c (which also excludes c = 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDivide(ulong p3, ulong p2, ulong p1, ulong p0, UInt128 c, out UInt128 quotient)
    {
        ulong c1 = (ulong)(c >> 64), c0 = (ulong)c;
        if (c1 == 0)
        {
            if (p3 != 0 || p2 >= c0)
            {
                quotient = 0;
                return false;
            }

            if (c0 == 100)
            {
                // A_PRECISION and percentages: multiply by the precomputed reciprocal instead of dividing.
                quotient = UInt256.DivideByHundred(p2, p1, p0);
                return true;
            }

            var high = UInt256.Div128By64(p2, p1, c0, out var r);
            quotient = new UInt128(high, UInt256.Div128By64(r, p0, c0, out _));
            return true;
        }

        if (p3 > c1 || (p3 == c1 && p2 >= c0))
        {
            quotient = 0;
            return false;
        }

        // Normalise so the divisor's top bit is set; (p3, p2) < c means nothing is shifted out above p3.
        var s = BitOperations.LeadingZeroCount(c1);
        ulong d1 = c1, d0 = c0, n3 = p3, n2 = p2, n1 = p1, n0 = p0;
        if (s != 0)
        {
            d1 = (c1 << s) | (c0 >> (64 - s));
            d0 = c0 << s;
            n3 = (p3 << s) | (p2 >> (64 - s));
            n2 = (p2 << s) | (p1 >> (64 - s));
            n1 = (p1 << s) | (p0 >> (64 - s));
            n0 = p0 << s;
        }

        var q1 = UInt256.DivStep(ref n3, ref n2, n1, d1, d0);
        var q0 = UInt256.DivStep(ref n3, ref n2, n0, d1, d0);
        quotient = new UInt128(q1, q0);
        return true;
    }
}
