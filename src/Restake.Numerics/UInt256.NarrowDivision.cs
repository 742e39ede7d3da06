using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Restake.Numerics;

public readonly partial struct UInt256
{
    /// <summary>The reciprocal of 1e18, the divisor of every WAD product.</summary>
    private static readonly Reciprocal64 WadReciprocal = new(1_000_000_000_000_000_000UL);

    /// <summary>The reciprocal of 1e10, Curve's FEE_DENOMINATOR.</summary>
    private static readonly Reciprocal64 FeeReciprocal = new(10_000_000_000UL);

    /// <summary>The reciprocal of 100 (Curve's A_PRECISION, percentages).</summary>
    private static readonly Reciprocal64 HundredReciprocal = new(100UL);

    /// <summary>The reciprocal of 1e4 (basis points, Aave's PERCENTAGE_FACTOR).</summary>
    private static readonly Reciprocal64 BasisPointReciprocal = new(10_000UL);

    /// <summary>
    /// ⌊(hi·2^64 + lo) / d⌋ and the remainder, for <paramref name="hi"/> &lt; <paramref name="d"/>: the processor's
    /// 128-by-64-bit divide where there is one (x64 DIV), the portable long division otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Div128By64(ulong hi, ulong lo, ulong d, out ulong remainder)
    {
        if (X86Base.X64.IsSupported)
        {
            // DIV r64 is exactly this operation (it faults only when hi ≥ d, which callers exclude); the API is
            // flagged as under evaluation, not as unsafe.
#pragma warning disable SYSLIB5004
            var (q, r) = X86Base.X64.DivRem(lo, hi, d);
#pragma warning restore SYSLIB5004
            remainder = r;
            return q;
        }

        return DivRem128By64(hi, lo, d, out remainder);
    }

    /// <summary>⌊a/b⌋ and a mod b for a non-zero <paramref name="b"/>, by the narrowest method the divisor allows.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static UInt256 DivRemNonZero(in UInt256 a, in UInt256 b, out UInt256 remainder)
    {
        if ((b.U1 | b.U2 | b.U3) == 0)
        {
            var q = DivideBy64(a, b.U0, out var rem);
            remainder = new UInt256(rem, 0, 0, 0);
            return q;
        }

        if ((b.U2 | b.U3) == 0) return DivideBy128(a, b.U1, b.U0, out remainder);
        return DivideWide(a, b, out remainder);
    }

    /// <summary>⌊(u2, u1, u0) / 100⌋ for u2 &lt; 100 (so the quotient fits 128 bits).</summary>
    internal static UInt128 DivideByHundred(ulong u2, ulong u1, ulong u0)
    {
        var r = HundredReciprocal;
        var s = r.Shift; // 57: never zero for 100
        var n2 = (u2 << s) | (u1 >> (64 - s));
        var n1 = (u1 << s) | (u0 >> (64 - s));
        var n0 = u0 << s;
        var q1 = r.DivRem(n2, n1, out var rem);
        var q0 = r.DivRem(rem, n0, out _);
        return new UInt128(q1, q0);
    }

    /// <summary>Schoolbook division of 256 bits by a non-zero 64-bit divisor; leading zero limbs cost nothing.</summary>
    private static UInt256 DivideBy64(in UInt256 a, ulong d, out ulong remainder)
    {
        if ((a.U1 | a.U2 | a.U3) == 0)
        {
            var q = a.U0 / d;
            remainder = a.U0 - q * d;
            return new UInt256(q, 0, 0, 0);
        }

        if ((d & (d - 1)) == 0)
        {
            // A power of two (halving a sum, N**N = 4): a shift, the remainder being the bits shifted out.
            var k = BitOperations.TrailingZeroCount(d);
            remainder = a.U0 & (d - 1);
            if (k == 0) return a;
            return new UInt256(
                (a.U0 >> k) | (a.U1 << (64 - k)), (a.U1 >> k) | (a.U2 << (64 - k)), (a.U2 >> k) | (a.U3 << (64 - k)), a.U3 >> k);
        }

        // The fixed-point denominators are known in advance: multiplying by their reciprocals beats dividing.
        switch (d)
        {
            case 1_000_000_000_000_000_000UL: return DivideByReciprocal(a, WadReciprocal, out remainder);
            case 10_000_000_000UL: return DivideByReciprocal(a, FeeReciprocal, out remainder);
            case 10_000UL: return DivideByReciprocal(a, BasisPointReciprocal, out remainder);
            case 100UL: return DivideByReciprocal(a, HundredReciprocal, out remainder);
        }

        if (!X86Base.X64.IsSupported) return DivideByReciprocal(a, new Reciprocal64(d), out remainder);

        // Hardware division needs no normalisation: each step divides (remainder, limb) with remainder < d.
        ulong r = 0, q3 = 0, q2 = 0;
        if (a.U3 != 0) q3 = Div128By64(0, a.U3, d, out r);
        if ((r | a.U2) != 0) q2 = Div128By64(r, a.U2, d, out r);
        var q1 = Div128By64(r, a.U1, d, out r);
        var q0 = Div128By64(r, a.U0, d, out r);
        remainder = r;
        return new UInt256(q0, q1, q2, q3);
    }

    /// <summary>Division of 256 bits by the 64-bit divisor a precomputed reciprocal stands for.</summary>
    private static UInt256 DivideByReciprocal(in UInt256 a, in Reciprocal64 r, out ulong remainder)
    {
        var s = r.Shift;
        // Normalise the dividend by the divisor's shift: five limbs u4..u0 (u4 < 2^s ≤ the normalised divisor).
        ulong u4 = 0, u3 = a.U3, u2 = a.U2, u1 = a.U1, u0 = a.U0;
        if (s != 0)
        {
            u4 = a.U3 >> (64 - s);
            u3 = (a.U3 << s) | (a.U2 >> (64 - s));
            u2 = (a.U2 << s) | (a.U1 >> (64 - s));
            u1 = (a.U1 << s) | (a.U0 >> (64 - s));
            u0 = a.U0 << s;
        }

        ulong q3 = 0, q2 = 0, q1 = 0, rem = u4;
        if ((rem | u3) != 0) q3 = r.DivRem(rem, u3, out rem);
        if ((rem | u2) != 0) q2 = r.DivRem(rem, u2, out rem);
        if ((rem | u1) != 0) q1 = r.DivRem(rem, u1, out rem);
        var q0 = r.DivRem(rem, u0, out rem);
        remainder = rem >> s;
        return new UInt256(q0, q1, q2, q3);
    }

    /// <summary>
    /// Division of 256 bits by a two-limb divisor (<paramref name="v1"/> ≠ 0) without scratch memory: Knuth's
    /// algorithm D with n = 2, where the two-limb test of each quotient estimate already makes it exact.
    /// </summary>
    private static UInt256 DivideBy128(in UInt256 a, ulong v1, ulong v0, out UInt256 remainder)
    {
        if ((a.U2 | a.U3) == 0 && (a.U1 < v1 || (a.U1 == v1 && a.U0 < v0)))
        {
            remainder = a;
            return Zero;
        }

        var s = BitOperations.LeadingZeroCount(v1);
        ulong d1 = v1, d0 = v0, n4 = 0, n3 = a.U3, n2 = a.U2, n1 = a.U1, n0 = a.U0;
        if (s != 0)
        {
            // Shifts by 64 - s are undefined for s = 0 (C# masks the count), hence the guard.
            d1 = (v1 << s) | (v0 >> (64 - s));
            d0 = v0 << s;
            n4 = a.U3 >> (64 - s);
            n3 = (a.U3 << s) | (a.U2 >> (64 - s));
            n2 = (a.U2 << s) | (a.U1 >> (64 - s));
            n1 = (a.U1 << s) | (a.U0 >> (64 - s));
            n0 = a.U0 << s;
        }

        // Each step divides the running remainder (r1, r0) < d, extended by the next limb, by (d1, d0). The window
        // starts at the dividend's top limb and the bits shifted out above it (below 2^s ≤ d1, or 0 when s = 0).
        ulong q2 = 0, q1, r1, r0;
        if ((a.U3 | a.U2) == 0)
        {
            r1 = n2;
            r0 = n1;
            var only = DivStep(ref r1, ref r0, n0, d1, d0);
            remainder = Denormalise(r1, r0, s);
            return new UInt256(only, 0, 0, 0);
        }

        if (n4 == 0 && (n3 < d1 || (n3 == d1 && n2 < d0)))
        {
            // The top quotient limb is zero (always so below 2^192): start one limb lower and skip its estimate.
            r1 = n3;
            r0 = n2;
        }
        else
        {
            r1 = n4;
            r0 = n3;
            q2 = DivStep(ref r1, ref r0, n2, d1, d0);
        }

        q1 = DivStep(ref r1, ref r0, n1, d1, d0);
        var q0 = DivStep(ref r1, ref r0, n0, d1, d0);
        remainder = Denormalise(r1, r0, s);
        return new UInt256(q0, q1, q2, 0);
    }

    /// <summary>The normalised remainder (r1, r0) shifted back right by <paramref name="s"/> bits.</summary>
    private static UInt256 Denormalise(ulong r1, ulong r0, int s) =>
        s == 0 ? new UInt256(r0, r1, 0, 0) : new UInt256((r0 >> s) | (r1 << (64 - s)), r1 >> s, 0, 0);

    /// <summary>
    /// ⌊(r1·2^128 + r0·2^64 + u0) / (d1·2^64 + d0)⌋ for (r1, r0) &lt; (d1, d0) and a normalised d1 (top bit set);
    /// leaves the remainder in (r1, r0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong DivStep(ref ulong r1, ref ulong r0, ulong u0, ulong d1, ulong d0)
    {
        ulong q, rhat;
        bool rhatOverflow;
        if (r1 < d1)
        {
            q = Div128By64(r1, r0, d1, out rhat);
            rhatOverflow = false;
        }
        else
        {
            // r1 == d1: the estimate 2^64 − 1 with rhat = (r1, r0) − (2^64 − 1)·d1 = r0 + d1.
            q = ulong.MaxValue;
            rhat = r0 + d1;
            rhatOverflow = rhat < d1;
        }

        // q·d0 > (rhat, u0) is exactly q·d > the window: step q down (at most twice, Knuth). Once rhat passes
        // 2^64 the test is false, and the first q that passes it is the true quotient digit.
        var pHi = Math.BigMul(q, d0, out var pLo);
        while (!rhatOverflow && (pHi > rhat || (pHi == rhat && pLo > u0)))
        {
            q--;
            pHi -= pLo < d0 ? 1UL : 0UL;
            pLo -= d0;
            rhat += d1;
            rhatOverflow = rhat < d1;
        }

        // The remainder (rhat, u0) − q·d0 is below d < 2^128, so arithmetic modulo 2^128 (dropping rhat's carry) is exact.
        r0 = u0 - pLo;
        r1 = rhat - pHi - (u0 < pLo ? 1UL : 0UL);
        return q;
    }
}
