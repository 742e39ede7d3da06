
namespace Restake.Numerics;

public readonly partial struct UInt256
{
    /// <summary>Checked addition: <c>Panic(0x11)</c> on overflow.</summary>
    public static UInt256 operator +(UInt256 a, UInt256 b)
    {
        var lo = a.Lo + b.Lo;
        var carry = lo < a.Lo ? UInt128.One : UInt128.Zero;
        var hi = a.Hi + b.Hi;
        if (hi < a.Hi) throw Panic.OverflowError();
        var hi2 = hi + carry;
        if (hi2 < hi) throw Panic.OverflowError();
        return new UInt256(hi2, lo);
    }

    /// <summary>Checked subtraction: <c>Panic(0x11)</c> on underflow.</summary>
    public static UInt256 operator -(UInt256 a, UInt256 b)
    {
        if (a < b) throw Panic.OverflowError();
        var lo = a.Lo - b.Lo;
        var borrow = a.Lo < b.Lo ? UInt128.One : UInt128.Zero;
        return new UInt256(a.Hi - b.Hi - borrow, lo);
    }

    /// <summary>Checked multiplication: <c>Panic(0x11)</c> on overflow.</summary>
    public static UInt256 operator *(UInt256 a, UInt256 b)
    {
        if (a.Hi == 0 && b.Hi == 0)
        {
            var lo = Multiply128(a.Lo, b.Lo, out var hi);
            return new UInt256(hi, lo);
        }

        if (a.IsZero || b.IsZero) return Zero;
        if (a.Hi != 0 && b.Hi != 0) throw Panic.OverflowError();
        var (big, small) = a.Hi != 0 ? (a, b) : (b, a);
        // big = H·2^128 + L, small < 2^128: product = H·small·2^128 + L·small.
        var lowLo = Multiply128(big.Lo, small.Lo, out var lowHi);
        var crossLo = Multiply128(big.Hi, small.Lo, out var crossHi);
        if (crossHi != 0) throw Panic.OverflowError();
        var hiSum = crossLo + lowHi;
        if (hiSum < crossLo) throw Panic.OverflowError();
        return new UInt256(hiSum, lowLo);
    }

    /// <summary>Checked division: <c>Panic(0x12)</c> when <paramref name="b"/> is zero.</summary>
    public static UInt256 operator /(UInt256 a, UInt256 b)
    {
        if (b.IsZero) throw Panic.DivisionByZeroError();
        if (a < b) return Zero;
        if (b.Hi == 0)
        {
            if (b.Lo > ulong.MaxValue) return DivideBy128(a, b.Lo, out _);
            if (a.Hi == 0 && a.Lo <= ulong.MaxValue) return new UInt256(0, (ulong)a.Lo / (ulong)b.Lo);
            return DivideBy64(a, (ulong)b.Lo, out _);
        }

        return DivRem(a, b, out _);
    }

    /// <summary>Checked modulo: <c>Panic(0x12)</c> when <paramref name="b"/> is zero.</summary>
    public static UInt256 operator %(UInt256 a, UInt256 b)
    {
        if (b.IsZero) throw Panic.DivisionByZeroError();
        if (a < b) return a;
        if (b.Hi == 0 && b.Lo <= ulong.MaxValue)
        {
            DivideBy64(a, (ulong)b.Lo, out var rem);
            return rem;
        }

        if (b.Hi == 0)
        {
            DivideBy128(a, b.Lo, out var small);
            return small;
        }

        DivRem(a, b, out var remainder);
        return remainder;
    }

    /// <summary>⌈a / b⌉; <c>Panic(0x12)</c> when <paramref name="b"/> is zero.</summary>
    public static UInt256 DivUp(UInt256 a, UInt256 b)
    {
        var q = a / b;
        return q * b == a ? q : q + One;
    }

    /// <summary>Full 128×128 → 256-bit product; returns the low half. Column sums with explicit 64-bit carries.</summary>
    internal static UInt128 Multiply128(UInt128 x, UInt128 y, out UInt128 high)
    {
        var x0 = (ulong)x;
        var x1 = (ulong)(x >> 64);
        var y0 = (ulong)y;
        var y1 = (ulong)(y >> 64);
        var h00 = Math.BigMul(x0, y0, out var l00);
        if ((x1 | y1) == 0)
        {
            high = 0;
            return new UInt128(h00, l00);
        }

        var h01 = Math.BigMul(x0, y1, out var l01);
        var h10 = Math.BigMul(x1, y0, out var l10);
        var h11 = Math.BigMul(x1, y1, out var l11);
        var c1 = h00 + l01;
        var carry1 = c1 < l01 ? 1UL : 0UL;
        c1 += l10;
        carry1 += c1 < l10 ? 1UL : 0UL;
        var c2 = l11 + h01;
        var carry2 = c2 < h01 ? 1UL : 0UL;
        c2 += h10;
        carry2 += c2 < h10 ? 1UL : 0UL;
        c2 += carry1;
        carry2 += c2 < carry1 ? 1UL : 0UL;
        high = new UInt128(h11 + carry2, c2);
        return new UInt128(c1, l00);
    }

    /// <summary>Schoolbook division of 256 bits by a 64-bit divisor, exact.</summary>
    private static UInt256 DivideBy64(UInt256 a, ulong d, out ulong remainder)
    {
        // Normalise so the divisor's top bit is set; each limb step is then one 128-by-64 division.
        var shift = System.Numerics.BitOperations.LeadingZeroCount(d);
        var dn = d << shift;
        ulong u4, u3, u2, u1, u0;
        if (shift == 0)
        {
            u4 = 0;
            u3 = (ulong)(a.Hi >> 64);
            u2 = (ulong)a.Hi;
            u1 = (ulong)(a.Lo >> 64);
            u0 = (ulong)a.Lo;
        }
        else
        {
            u4 = (ulong)(a.Hi >> (128 - shift));
            var nh = (a.Hi << shift) | (a.Lo >> (128 - shift));
            var nl = a.Lo << shift;
            u3 = (ulong)(nh >> 64);
            u2 = (ulong)nh;
            u1 = (ulong)(nl >> 64);
            u0 = (ulong)nl;
        }

        var v = ReciprocalWord(dn);
        var q3 = Divide2By1(u4, u3, dn, v, out var r);
        var q2 = Divide2By1(r, u2, dn, v, out r);
        var q1 = Divide2By1(r, u1, dn, v, out r);
        var q0 = Divide2By1(r, u0, dn, v, out r);
        remainder = r >> shift;
        return new UInt256(((UInt128)q3 << 64) | q2, ((UInt128)q1 << 64) | q0);
    }

    /// <summary>(u1:u0) / d for u1 &lt; d, d normalised, v = ReciprocalWord(d) (Möller–Granlund, algorithm 4).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Divide2By1(ulong u1, ulong u0, ulong d, ulong v, out ulong remainder)
    {
        var q1 = Math.BigMul(v, u1, out var q0);
        var sum = q0 + u0;
        q1 += u1 + (sum < q0 ? 1UL : 0UL) + 1;
        q0 = sum;
        var r = u0 - q1 * d;
        if (r > q0)
        {
            q1--;
            r += d;
        }

        if (r >= d)
        {
            q1++;
            r -= d;
        }

        remainder = r;
        return q1;
    }

    /// <summary>
    /// ⌊a·b/c⌋ or ⌈a·b/c⌉ with a 512-bit intermediate (OpenZeppelin <c>Math.mulDiv</c>): never overflows unless the
    /// result does. <c>Panic(0x12)</c> when <paramref name="c"/> is zero, <c>Panic(0x11)</c> when the result exceeds
    /// 2^256 − 1.
    /// </summary>
    public static UInt256 MulDiv(UInt256 a, UInt256 b, UInt256 c, Rounding rounding = Rounding.Down)
    {
        if (c.IsZero) throw Panic.DivisionByZeroError();
        if (a.Hi == 0 && b.Hi == 0)
        {
            var lo = Multiply128(a.Lo, b.Lo, out var hi);
            if (c.Hi == 0 && c.Lo <= ulong.MaxValue)
            {
                var q = DivideBy64(new UInt256(hi, lo), (ulong)c.Lo, out var rem);
                return rounding == Rounding.Up && rem != 0 ? q + One : q;
            }

            if (c.Hi == 0)
            {
                var q = DivideBy128(new UInt256(hi, lo), c.Lo, out var rem);
                return rounding == Rounding.Up && rem != 0 ? q + One : q;
            }
        }

        var quotient = MulDivFull(a, b, c, out var hasRemainder);
        return rounding == Rounding.Up && hasRemainder ? quotient + One : quotient;
    }
}
