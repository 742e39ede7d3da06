using System.Numerics;

namespace Restake.Numerics;

public readonly partial struct UInt256
{
    /// <summary>The value as eight little-endian 32-bit digits.</summary>
    private void ToDigits(Span<uint> digits)
    {
        var lo = Lo;
        var hi = Hi;
        for (var i = 0; i < 4; i++)
        {
            digits[i] = (uint)lo;
            digits[i + 4] = (uint)hi;
            lo >>= 32;
            hi >>= 32;
        }
    }

    /// <summary>A value from up to eight little-endian 32-bit digits (higher digits must be zero).</summary>
    private static UInt256 FromDigits(ReadOnlySpan<uint> d)
    {
        UInt128 lo = 0, hi = 0;
        for (var i = Math.Min(d.Length, 8) - 1; i >= 0; i--)
        {
            if (i >= 4) hi = (hi << 32) | d[i];
            else lo = (lo << 32) | d[i];
        }

        return new UInt256(hi, lo);
    }

    private static int SignificantDigits(ReadOnlySpan<uint> d)
    {
        var n = d.Length;
        while (n > 0 && d[n - 1] == 0) n--;
        return n;
    }

    /// <summary>
    /// ⌊a·b/c⌋ with the remainder, exactly, without heap allocation: a 512-bit product divided by Knuth's algorithm D.
    /// Returns false when the quotient does not fit in 256 bits. <paramref name="c"/> must be non-zero.
    /// </summary>
    private static bool TryMulDivRem(UInt256 a, UInt256 b, UInt256 c, out UInt256 quotient, out bool remainderIsZero)
    {
        Span<uint> x = stackalloc uint[8];
        Span<uint> y = stackalloc uint[8];
        Span<uint> product = stackalloc uint[16];
        a.ToDigits(x);
        b.ToDigits(y);
        product.Clear();
        var nx = SignificantDigits(x);
        var ny = SignificantDigits(y);
        for (var i = 0; i < nx; i++)
        {
            ulong carry = 0;
            for (var j = 0; j < ny; j++)
            {
                var t = (ulong)x[i] * y[j] + product[i + j] + carry;
                product[i + j] = (uint)t;
                carry = t >> 32;
            }

            product[i + ny] = (uint)carry;
        }

        Span<uint> divisor = stackalloc uint[8];
        c.ToDigits(divisor);
        return TryDivide(product[..SignificantDigits(product)], divisor[..SignificantDigits(divisor)], out quotient, out remainderIsZero, out _);
    }

    /// <summary>u / v for digit spans (v non-empty with a non-zero top digit); false when the quotient exceeds 256 bits.</summary>
    private static bool TryDivide(ReadOnlySpan<uint> u, ReadOnlySpan<uint> v, out UInt256 quotient, out bool remainderIsZero, out UInt256 remainder)
    {
        int m = u.Length, n = v.Length;
        if (m < n)
        {
            quotient = Zero;
            remainder = FromDigits(u);
            remainderIsZero = m == 0;
            return true;
        }

        Span<uint> q = stackalloc uint[m - n + 1];
        Span<uint> r = stackalloc uint[n];
        DivMnu(u, v, q, r);
        for (var i = 8; i < q.Length; i++)
        {
            if (q[i] != 0)
            {
                quotient = Zero;
                remainder = Zero;
                remainderIsZero = false;
                return false;
            }
        }

        quotient = FromDigits(q);
        remainder = FromDigits(r);
        remainderIsZero = remainder.IsZero;
        return true;
    }

    /// <summary>
    /// Knuth's algorithm D (the formulation of Hacker's Delight <c>divmnu</c>) on 32-bit digits: q = ⌊u/v⌋, r = u mod v.
    /// Requires u.Length ≥ v.Length ≥ 1 and a non-zero top digit of v.
    /// </summary>
    private static void DivMnu(ReadOnlySpan<uint> u, ReadOnlySpan<uint> v, Span<uint> q, Span<uint> r)
    {
        const ulong b = 1UL << 32;
        int m = u.Length, n = v.Length;
        if (n == 1)
        {
            ulong k = 0;
            for (var j = m - 1; j >= 0; j--)
            {
                var cur = (k << 32) | u[j];
                q[j] = (uint)(cur / v[0]);
                k = cur - (ulong)q[j] * v[0];
            }

            r[0] = (uint)k;
            return;
        }

        var s = BitOperations.LeadingZeroCount(v[n - 1]);
        Span<uint> vn = stackalloc uint[n];
        Span<uint> un = stackalloc uint[m + 1];
        for (var i = n - 1; i > 0; i--) vn[i] = (v[i] << s) | (uint)((ulong)v[i - 1] >> (32 - s));
        vn[0] = v[0] << s;
        un[m] = (uint)((ulong)u[m - 1] >> (32 - s));
        for (var i = m - 1; i > 0; i--) un[i] = (u[i] << s) | (uint)((ulong)u[i - 1] >> (32 - s));
        un[0] = u[0] << s;

        for (var j = m - n; j >= 0; j--)
        {
            var num = ((ulong)un[j + n] << 32) | un[j + n - 1];
            var qhat = num / vn[n - 1];
            var rhat = num - qhat * vn[n - 1];
            while (qhat >= b || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2]))
            {
                qhat--;
                rhat += vn[n - 1];
                if (rhat >= b) break;
            }

            long k = 0;
            long t;
            for (var i = 0; i < n; i++)
            {
                var p = qhat * vn[i];
                t = un[i + j] - k - (long)(p & 0xFFFFFFFFUL);
                un[i + j] = (uint)t;
                k = (long)(p >> 32) - (t >> 32);
            }

            t = un[j + n] - k;
            un[j + n] = (uint)t;
            q[j] = (uint)qhat;
            if (t < 0)
            {
                q[j]--;
                k = 0;
                for (var i = 0; i < n; i++)
                {
                    t = (long)un[i + j] + vn[i] + k;
                    un[i + j] = (uint)t;
                    k = t >> 32;
                }

                un[j + n] = (uint)(un[j + n] + k);
            }
        }

        for (var i = 0; i < n; i++) r[i] = (un[i] >> s) | (uint)((ulong)un[i + 1] << (32 - s));
    }
}
