using System.Numerics;

namespace Restake.Numerics;

public readonly partial struct UInt256
{
    /// <summary>The value as four little-endian 64-bit limbs.</summary>
    private void ToLimbs(Span<ulong> limbs)
    {
        limbs[0] = U0;
        limbs[1] = U1;
        limbs[2] = U2;
        limbs[3] = U3;
    }

    /// <summary>A value from up to four little-endian 64-bit limbs.</summary>
    private static UInt256 FromLimbs(ReadOnlySpan<ulong> d)
    {
        ulong l0 = d.Length > 0 ? d[0] : 0, l1 = d.Length > 1 ? d[1] : 0, l2 = d.Length > 2 ? d[2] : 0, l3 = d.Length > 3 ? d[3] : 0;
        return new UInt256(l0, l1, l2, l3);
    }

    private static int SignificantLimbs(ReadOnlySpan<ulong> d)
    {
        var n = d.Length;
        while (n > 0 && d[n - 1] == 0) n--;
        return n;
    }

    /// <summary>
    /// ⌊(hi·2^64 + lo) / d⌋ and the remainder, for <paramref name="hi"/> &lt; <paramref name="d"/> (so the quotient fits
    /// 64 bits): Hacker's Delight <c>divlu</c>, two 64/32-bit estimate steps with hardware 64-bit division only.
    /// </summary>
    internal static ulong DivRem128By64(ulong hi, ulong lo, ulong d, out ulong remainder)
    {
        if (hi == 0)
        {
            var q = lo / d;
            remainder = lo - q * d;
            return q;
        }

        const ulong b = 1UL << 32;
        var s = BitOperations.LeadingZeroCount(d);
        d <<= s;
        ulong dn1 = d >> 32, dn0 = (uint)d;
        var un32 = s == 0 ? hi : (hi << s) | (lo >> (64 - s));
        var un10 = lo << s;
        ulong un1 = un10 >> 32, un0 = (uint)un10;

        var q1 = un32 / dn1;
        var rhat = un32 - q1 * dn1;
        while (q1 >= b || q1 * dn0 > ((rhat << 32) | un1))
        {
            q1--;
            rhat += dn1;
            if (rhat >= b) break;
        }

        var un21 = (un32 << 32) + un1 - q1 * d;
        var q0 = un21 / dn1;
        rhat = un21 - q0 * dn1;
        while (q0 >= b || q0 * dn0 > ((rhat << 32) | un0))
        {
            q0--;
            rhat += dn1;
            if (rhat >= b) break;
        }

        remainder = ((un21 << 32) + un0 - q0 * d) >> s;
        return (q1 << 32) | q0;
    }

    /// <summary>⌊a/b⌋ and a mod b by long division (any non-zero <paramref name="b"/>).</summary>
    private static UInt256 DivideWide(UInt256 a, UInt256 b, out UInt256 remainder)
    {
        Span<ulong> u = stackalloc ulong[4];
        Span<ulong> v = stackalloc ulong[4];
        a.ToLimbs(u);
        b.ToLimbs(v);
        TryDivide(u[..SignificantLimbs(u)], v[..SignificantLimbs(v)], out var quotient, out _, out remainder);
        return quotient;
    }

    /// <summary>
    /// ⌊a·b/c⌋ with the remainder, exactly, without heap allocation: a 512-bit product divided by Knuth's algorithm D on
    /// 64-bit limbs. Returns false when the quotient does not fit in 256 bits. <paramref name="c"/> must be non-zero.
    /// </summary>
    private static bool TryMulDivRem(UInt256 a, UInt256 b, UInt256 c, out UInt256 quotient, out bool remainderIsZero)
    {
        Span<ulong> x = stackalloc ulong[4];
        Span<ulong> y = stackalloc ulong[4];
        Span<ulong> product = stackalloc ulong[8];
        a.ToLimbs(x);
        b.ToLimbs(y);
        product.Clear();
        var nx = SignificantLimbs(x);
        var ny = SignificantLimbs(y);
        for (var i = 0; i < nx; i++)
        {
            ulong carry = 0;
            for (var j = 0; j < ny; j++)
            {
                var high = Math.BigMul(x[i], y[j], out var low);
                low += carry;
                high += low < carry ? 1UL : 0UL;
                var sum = product[i + j] + low;
                high += sum < low ? 1UL : 0UL;
                product[i + j] = sum;
                carry = high;
            }

            product[i + ny] = carry;
        }

        Span<ulong> divisor = stackalloc ulong[4];
        c.ToLimbs(divisor);
        return TryDivide(product[..SignificantLimbs(product)], divisor[..SignificantLimbs(divisor)], out quotient, out remainderIsZero, out _);
    }

    /// <summary>u / v for limb spans (v non-empty with a non-zero top limb); false when the quotient exceeds 256 bits.</summary>
    private static bool TryDivide(ReadOnlySpan<ulong> u, ReadOnlySpan<ulong> v, out UInt256 quotient, out bool remainderIsZero, out UInt256 remainder)
    {
        int m = u.Length, n = v.Length;
        if (m < n)
        {
            quotient = Zero;
            remainder = FromLimbs(u);
            remainderIsZero = m == 0;
            return true;
        }

        Span<ulong> q = stackalloc ulong[m - n + 1];
        Span<ulong> r = stackalloc ulong[n];
        DivMnu(u, v, q, r);
        for (var i = 4; i < q.Length; i++)
        {
            if (q[i] != 0)
            {
                quotient = Zero;
                remainder = Zero;
                remainderIsZero = false;
                return false;
            }
        }

        quotient = FromLimbs(q);
        remainder = FromLimbs(r);
        remainderIsZero = remainder.IsZero;
        return true;
    }

    /// <summary>
    /// Knuth's algorithm D (the formulation of Hacker's Delight <c>divmnu</c>) on 64-bit limbs: q = ⌊u/v⌋, r = u mod v.
    /// Requires u.Length ≥ v.Length ≥ 1 and a non-zero top limb of v.
    /// </summary>
    private static void DivMnu(ReadOnlySpan<ulong> u, ReadOnlySpan<ulong> v, Span<ulong> q, Span<ulong> r)
    {
        int m = u.Length, n = v.Length;
        if (n == 1)
        {
            ulong k = 0;
            for (var j = m - 1; j >= 0; j--) q[j] = DivRem128By64(k, u[j], v[0], out k);
            r[0] = k;
            return;
        }

        var s = BitOperations.LeadingZeroCount(v[n - 1]);
        Span<ulong> vn = stackalloc ulong[n];
        Span<ulong> un = stackalloc ulong[m + 1];
        // Shifts by 64 - s are undefined for s = 0 (C# masks the count), hence the guards.
        for (var i = n - 1; i > 0; i--) vn[i] = s == 0 ? v[i] : (v[i] << s) | (v[i - 1] >> (64 - s));
        vn[0] = v[0] << s;
        un[m] = s == 0 ? 0 : u[m - 1] >> (64 - s);
        for (var i = m - 1; i > 0; i--) un[i] = s == 0 ? u[i] : (u[i] << s) | (u[i - 1] >> (64 - s));
        un[0] = u[0] << s;

        var top = vn[n - 1];
        var next = vn[n - 2];
        var reciprocal = new Reciprocal64(top);
        for (var j = m - n; j >= 0; j--)
        {
            // Estimate the quotient limb from the top two limbs; it is at most two too large.
            ulong qhat, rhat;
            var rhatOverflow = false;
            if (un[j + n] >= top)
            {
                // un[j + n] == top (the invariant keeps it ≤): the estimate is 2^64 − 1 with rhat = un[j+n-1] + top.
                qhat = ulong.MaxValue;
                rhat = un[j + n - 1] + top;
                rhatOverflow = rhat < top;
            }
            else
            {
                qhat = reciprocal.DivRem(un[j + n], un[j + n - 1], out rhat);
            }

            while (!rhatOverflow)
            {
                var pHi = Math.BigMul(qhat, next, out var pLo);
                if (pHi < rhat || (pHi == rhat && pLo <= un[j + n - 2])) break;
                qhat--;
                var before = rhat;
                rhat += top;
                rhatOverflow = rhat < before;
            }

            // Multiply and subtract qhat·vn from un[j .. j+n].
            ulong borrow = 0, carry = 0;
            for (var i = 0; i < n; i++)
            {
                var pHi = Math.BigMul(qhat, vn[i], out var pLo);
                pLo += carry;
                pHi += pLo < carry ? 1UL : 0UL;
                carry = pHi;
                var t = un[i + j] - pLo;
                var b1 = un[i + j] < pLo ? 1UL : 0UL;
                var t2 = t - borrow;
                var b2 = t < borrow ? 1UL : 0UL;
                un[i + j] = t2;
                borrow = b1 + b2;
            }

            var last = un[j + n];
            var sub = carry + borrow;
            var negative = last < sub || sub < carry;
            un[j + n] = last - sub;
            q[j] = qhat;
            if (negative)
            {
                // The estimate was one too large: add the divisor back.
                q[j]--;
                ulong c = 0;
                for (var i = 0; i < n; i++)
                {
                    var sum = un[i + j] + vn[i];
                    var c1 = sum < vn[i] ? 1UL : 0UL;
                    var sum2 = sum + c;
                    var c2 = sum2 < c ? 1UL : 0UL;
                    un[i + j] = sum2;
                    c = c1 + c2;
                }

                un[j + n] += c;
            }
        }

        for (var i = 0; i < n; i++) r[i] = s == 0 ? un[i] : (un[i] >> s) | (un[i + 1] << (64 - s));
    }
}
