using System.Numerics;
using System.Runtime.CompilerServices;

namespace Restake.Numerics;

public readonly partial struct UInt256
{
    /// <summary>
    /// ⌊a / b⌋ and a mod b for b ≠ 0 by Knuth's algorithm D on 64-bit limbs: exact, allocation-free, no BigInteger.
    /// </summary>
    internal static UInt256 DivRem(UInt256 a, UInt256 b, out UInt256 remainder)
    {
        Span<ulong> u = [(ulong)a.Lo, (ulong)(a.Lo >> 64), (ulong)a.Hi, (ulong)(a.Hi >> 64)];
        Span<ulong> v = [(ulong)b.Lo, (ulong)(b.Lo >> 64), (ulong)b.Hi, (ulong)(b.Hi >> 64)];
        Span<ulong> q = stackalloc ulong[4];
        Span<ulong> r = stackalloc ulong[4];
        DivRemLimbs(Trim(u), Trim(v), q, r);
        remainder = FromLimbs(r);
        return FromLimbs(q);
    }

    /// <summary>
    /// ⌊a·b / c⌋ with its remainder's sign, through a 512-bit product; the quotient must fit 256 bits
    /// (<c>Panic(0x11)</c> otherwise).
    /// </summary>
    internal static UInt256 MulDivFull(UInt256 a, UInt256 b, UInt256 c, out bool hasRemainder)
    {
        Span<ulong> x = [(ulong)a.Lo, (ulong)(a.Lo >> 64), (ulong)a.Hi, (ulong)(a.Hi >> 64)];
        Span<ulong> y = [(ulong)b.Lo, (ulong)(b.Lo >> 64), (ulong)b.Hi, (ulong)(b.Hi >> 64)];
        Span<ulong> product = stackalloc ulong[8];
        for (var i = 0; i < 4; i++)
        {
            ulong carry = 0;
            for (var j = 0; j < 4; j++)
            {
                var t = (UInt128)x[i] * y[j] + product[i + j] + carry;
                product[i + j] = (ulong)t;
                carry = (ulong)(t >> 64);
            }

            product[i + 4] = carry;
        }

        Span<ulong> v = [(ulong)c.Lo, (ulong)(c.Lo >> 64), (ulong)c.Hi, (ulong)(c.Hi >> 64)];
        Span<ulong> q = stackalloc ulong[8];
        Span<ulong> r = stackalloc ulong[4];
        DivRemLimbs(Trim(product), Trim(v), q, r);
        if (q[4] != 0 || q[5] != 0 || q[6] != 0 || q[7] != 0) throw Panic.OverflowError();
        hasRemainder = r[0] != 0 || r[1] != 0 || r[2] != 0 || r[3] != 0;
        return FromLimbs(q);
    }

    /// <summary>
    /// a / d for a divisor of 65 to 128 bits: three schoolbook 3-by-2 limb steps, no spans. The common case of
    /// wad/ray fixed point (a 256-bit product over a 128-bit quantity).
    /// </summary>
    internal static UInt256 DivideBy128(UInt256 a, UInt128 d, out UInt128 remainder)
    {
        var a0 = (ulong)a.Lo;
        var a1 = (ulong)(a.Lo >> 64);
        var a2 = (ulong)a.Hi;
        var a3 = (ulong)(a.Hi >> 64);
        var dHi = (ulong)(d >> 64);
        var dLo = (ulong)d;
        var shift = BitOperations.LeadingZeroCount(dHi);
        ulong d1 = dHi, d0 = dLo, u4 = 0, u3 = a3, u2 = a2, u1 = a1, u0 = a0;
        if (shift != 0)
        {
            var back = 64 - shift;
            d1 = (dHi << shift) | (dLo >> back);
            d0 = dLo << shift;
            u4 = a3 >> back;
            u3 = (a3 << shift) | (a2 >> back);
            u2 = (a2 << shift) | (a1 >> back);
            u1 = (a1 << shift) | (a0 >> back);
            u0 = a0 << shift;
        }

        // One reciprocal (a single hardware division) serves all three quotient digits (Möller–Granlund 2011).
        var v = Reciprocal3By2(d1, d0);
        // The top digit is ⌊a.Hi / d⌋: usually zero, and then the first step is the identity.
        ulong q2 = 0;
        var r = new UInt128(u3, u2);
        if (a.Hi >= d) q2 = Divide3By2(u4, u3, u2, d1, d0, v, out r);
        var q1 = Divide3By2((ulong)(r >> 64), (ulong)r, u1, d1, d0, v, out r);
        var q0 = Divide3By2((ulong)(r >> 64), (ulong)r, u0, d1, d0, v, out r);
        var rHi = (ulong)(r >> 64);
        var rLo = (ulong)r;
        remainder = shift == 0 ? r : new UInt128(rHi >> shift, (rLo >> shift) | (rHi << (64 - shift)));
        return new UInt256(q2, new UInt128(q1, q0));
    }

    /// <summary>⌊(2^19 − 3·2^8)/d9⌋ for the top nine bits d9 ∈ [256, 511] of a normalised divisor.</summary>
    private static readonly ushort[] ReciprocalTable = Enumerable.Range(256, 256).Select(d9 => (ushort)(523_520 / d9)).ToArray();

    /// <summary>
    /// ⌊(2^128 − 1)/d⌋ − 2^64 for a normalised 64-bit d (RECIPROCAL_WORD, Möller–Granlund algorithm 3): a table
    /// seed refined by Newton steps, multiplications only.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReciprocalWord(ulong d)
    {
        var d0 = d & 1;
        var d9 = d >> 55;
        var d40 = (d >> 24) + 1;
        var d63 = (d >> 1) + d0;
        ulong v0 = ReciprocalTable[d9 - 256];
        var v1 = (v0 << 11) - ((v0 * v0 * d40) >> 40) - 1;
        var v2 = (v1 << 13) + ((v1 * ((1UL << 60) - v1 * d40)) >> 47);
        var e = ((v2 >> 1) & (0 - d0)) - v2 * d63;
        var v3 = (v2 << 31) + (Math.BigMul(v2, e, out _) >> 1);
        var hi = Math.BigMul(v3, d, out var lo);
        var sum = lo + d;
        hi += sum < lo ? 1UL : 0UL;
        return v3 - hi - d;
    }

    /// <summary>⌊(2^192 − 1)/(d1:d0)⌋ − 2^64 for a normalised two-limb divisor (Möller–Granlund, algorithm 6).</summary>
    private static ulong Reciprocal3By2(ulong d1, ulong d0)
    {
        var v = ReciprocalWord(d1);
        var p = d1 * v;
        p += d0;
        if (p < d0)
        {
            v--;
            if (p >= d1)
            {
                v--;
                p -= d1;
            }

            p -= d1;
        }

        var t1 = Math.BigMul(v, d0, out var t0);
        p += t1;
        if (p < t1)
        {
            v--;
            if (p > d1 || (p == d1 && t0 >= d0)) v--;
        }

        return v;
    }

    /// <summary>
    /// (u2:u1:u0) / (d1:d0) for (u2:u1) &lt; (d1:d0), d1 normalised, v its 3-by-2 reciprocal (algorithm 5):
    /// the quotient digit by multiplications only, the remainder in <paramref name="remainder"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Divide3By2(ulong u2, ulong u1, ulong u0, ulong d1, ulong d0, ulong v, out UInt128 remainder)
    {
        // (q1:q0) = v·u2 + (u2:u1)
        var q1 = Math.BigMul(v, u2, out var q0);
        var sum = q0 + u1;
        q1 += u2 + (sum < q0 ? 1UL : 0UL);
        q0 = sum;

        // (r1:r0) = (u1 − q1·d1 : u0) − d0·q1 − (d1:d0), all modulo 2^128
        var r1 = u1 - q1 * d1;
        var t1 = Math.BigMul(d0, q1, out var t0);
        var r0 = u0 - t0;
        r1 = r1 - t1 - (u0 < t0 ? 1UL : 0UL);
        var borrow = r0 < d0 ? 1UL : 0UL;
        r0 -= d0;
        r1 = r1 - d1 - borrow;
        q1++;

        if (r1 >= q0)
        {
            q1--;
            var s0 = r0 + d0;
            r1 = r1 + d1 + (s0 < d0 ? 1UL : 0UL);
            r0 = s0;
        }

        if (r1 > d1 || (r1 == d1 && r0 >= d0))
        {
            q1++;
            var b = r0 < d0 ? 1UL : 0UL;
            r0 -= d0;
            r1 = r1 - d1 - b;
        }

        remainder = new UInt128(r1, r0);
        return q1;
    }

    private static UInt256 FromLimbs(ReadOnlySpan<ulong> limbs) =>
        new(((UInt128)limbs[3] << 64) | limbs[2], ((UInt128)limbs[1] << 64) | limbs[0]);

    private static Span<ulong> Trim(Span<ulong> limbs)
    {
        var n = limbs.Length;
        while (n > 0 && limbs[n - 1] == 0) n--;
        return limbs[..n];
    }

    /// <summary>
    /// Knuth D: <paramref name="u"/> (m+n limbs, little-endian) divided by <paramref name="v"/> (n limbs, top limb
    /// non-zero). Quotient limbs go to <paramref name="q"/> (zero-filled beyond), remainder to <paramref name="r"/>.
    /// </summary>
    private static void DivRemLimbs(ReadOnlySpan<ulong> u, ReadOnlySpan<ulong> v, Span<ulong> q, Span<ulong> r)
    {
        q.Clear();
        r.Clear();
        var n = v.Length;
        if (n == 0) throw Panic.DivisionByZeroError();
        if (u.Length < n)
        {
            u.CopyTo(r);
            return;
        }

        var m = u.Length - n;
        var shift = BitOperations.LeadingZeroCount(v[n - 1]);
        Span<ulong> vn = stackalloc ulong[n];
        Span<ulong> un = stackalloc ulong[u.Length + 1];
        ShiftLeft(v, vn, shift);
        un[u.Length] = shift == 0 ? 0 : u[^1] >> (64 - shift);
        ShiftLeft(u, un[..u.Length], shift);

        var vTop = vn[n - 1];
        if (n == 1)
        {
            ulong rem = un[u.Length];
            for (var j = u.Length - 1; j >= 0; j--) q[j] = DivideNormalized(rem, un[j], vTop, out rem);
            r[0] = rem >> shift;
            return;
        }

        var vNext = vn[n - 2];
        for (var j = m; j >= 0; j--)
        {
            // Estimate the quotient digit from the top two limbs, then correct it (at most twice).
            ulong qhat;
            UInt128 rhat;
            if (un[j + n] >= vTop)
            {
                qhat = ulong.MaxValue;
                rhat = ((UInt128)un[j + n] << 64 | un[j + n - 1]) - (UInt128)qhat * vTop;
            }
            else
            {
                qhat = DivideNormalized(un[j + n], un[j + n - 1], vTop, out var rem);
                rhat = rem;
            }

            while (rhat <= ulong.MaxValue && (UInt128)qhat * vNext > ((rhat << 64) | un[j + n - 2]))
            {
                qhat--;
                rhat += vTop;
            }

            // un[j..j+n] -= qhat · vn
            ulong borrow = 0, carry = 0;
            for (var i = 0; i < n; i++)
            {
                var p = (UInt128)qhat * vn[i] + carry;
                carry = (ulong)(p >> 64);
                var lo = (ulong)p;
                var cur = un[i + j];
                var diff = cur - lo;
                var b1 = cur < lo ? 1UL : 0UL;
                var diff2 = diff - borrow;
                var b2 = diff < borrow ? 1UL : 0UL;
                un[i + j] = diff2;
                borrow = b1 + b2;
            }

            var top = (UInt128)un[j + n];
            var owed = (UInt128)carry + borrow;
            un[j + n] = (ulong)(top - owed);
            if (top < owed)
            {
                // qhat was one too large: add the divisor back.
                qhat--;
                ulong c = 0;
                for (var i = 0; i < n; i++)
                {
                    var s = (UInt128)un[i + j] + vn[i] + c;
                    un[i + j] = (ulong)s;
                    c = (ulong)(s >> 64);
                }

                un[j + n] += c;
            }

            q[j] = qhat;
        }

        for (var i = 0; i < n; i++)
            r[i] = shift == 0 ? un[i] : (un[i] >> shift) | (un[i + 1] << (64 - shift));
    }

    private static void ShiftLeft(ReadOnlySpan<ulong> source, Span<ulong> target, int shift)
    {
        if (shift == 0)
        {
            source.CopyTo(target);
            return;
        }

        for (var i = source.Length - 1; i > 0; i--) target[i] = (source[i] << shift) | (source[i - 1] >> (64 - shift));
        target[0] = source[0] << shift;
    }

    /// <summary>
    /// (hi·2^64 + lo) / d for a normalised d (top bit set) and hi &lt; d, by two 32-bit steps (Hacker's Delight divlu).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DivideNormalized(ulong hi, ulong lo, ulong d, out ulong remainder)
    {
        const ulong b = 1UL << 32;
        var dHi = d >> 32;
        var dLo = d & 0xFFFF_FFFF;
        var lo1 = lo >> 32;
        var lo0 = lo & 0xFFFF_FFFF;

        var q1 = hi / dHi;
        var rhat = hi - q1 * dHi;
        while (q1 >= b || q1 * dLo > ((rhat << 32) | lo1))
        {
            q1--;
            rhat += dHi;
            if (rhat >= b) break;
        }

        var mid = (hi << 32) + lo1 - q1 * d;
        var q0 = mid / dHi;
        rhat = mid - q0 * dHi;
        while (q0 >= b || q0 * dLo > ((rhat << 32) | lo0))
        {
            q0--;
            rhat += dHi;
            if (rhat >= b) break;
        }

        remainder = (mid << 32) + lo0 - q0 * d;
        return (q1 << 32) + q0;
    }
}
