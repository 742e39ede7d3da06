using System.Numerics;

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
        if (a.Hi == 0 && b.Hi == 0) return new UInt256(0, a.Lo / b.Lo);
        if (b.Hi == 0 && b.Lo <= ulong.MaxValue) return DivideBy64(a, (ulong)b.Lo, out _);
        return DivideWide(a, b, out _);
    }

    /// <summary>Checked modulo: <c>Panic(0x12)</c> when <paramref name="b"/> is zero.</summary>
    public static UInt256 operator %(UInt256 a, UInt256 b)
    {
        if (b.IsZero) throw Panic.DivisionByZeroError();
        if (a.Hi == 0 && b.Hi == 0) return new UInt256(0, a.Lo % b.Lo);
        if (b.Hi == 0 && b.Lo <= ulong.MaxValue)
        {
            DivideBy64(a, (ulong)b.Lo, out var rem);
            return rem;
        }

        DivideWide(a, b, out var r);
        return r;
    }

    /// <summary>⌈a / b⌉; <c>Panic(0x12)</c> when <paramref name="b"/> is zero.</summary>
    public static UInt256 DivUp(UInt256 a, UInt256 b)
    {
        var q = a / b;
        return q * b == a ? q : q + One;
    }

    /// <summary>Full 128×128 → 256-bit product; returns the low half.</summary>
    internal static UInt128 Multiply128(UInt128 x, UInt128 y, out UInt128 high)
    {
        var x0 = (ulong)x;
        var x1 = (ulong)(x >> 64);
        var y0 = (ulong)y;
        var y1 = (ulong)(y >> 64);
        if (x1 == 0 && y1 == 0)
        {
            high = 0;
            return (UInt128)x0 * y0;
        }

        UInt128 p00 = (UInt128)x0 * y0;
        UInt128 p01 = (UInt128)x0 * y1;
        UInt128 p10 = (UInt128)x1 * y0;
        UInt128 p11 = (UInt128)x1 * y1;
        // Middle column: high word of p00 plus the low words of the cross terms.
        UInt128 mid = (p00 >> 64) + (ulong)p01 + (ulong)p10;
        var low = ((UInt128)(ulong)mid << 64) | (ulong)p00;
        high = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
        return low;
    }

    /// <summary>Schoolbook division of 256 bits by a 64-bit divisor, exact; leading zero limbs cost nothing.</summary>
    private static UInt256 DivideBy64(UInt256 a, ulong d, out ulong remainder)
    {
        ulong l3 = (ulong)(a.Hi >> 64), l2 = (ulong)a.Hi, l1 = (ulong)(a.Lo >> 64), l0 = (ulong)a.Lo;
        ulong q3 = 0, q2 = 0, q1 = 0, rem = 0;
        if (l3 != 0) q3 = DivRem128By64(0, l3, d, out rem);
        if ((rem | l2) != 0) q2 = DivRem128By64(rem, l2, d, out rem);
        if ((rem | l1) != 0) q1 = DivRem128By64(rem, l1, d, out rem);
        var q0 = DivRem128By64(rem, l0, d, out remainder);
        return new UInt256(new UInt128(q3, q2), new UInt128(q1, q0));
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
            // The product fits 256 bits: a single 256-bit division.
            var lo = Multiply128(a.Lo, b.Lo, out var hi);
            var product = new UInt256(hi, lo);
            if (c.Hi == 0 && c.Lo <= ulong.MaxValue)
            {
                var q = DivideBy64(product, (ulong)c.Lo, out var rem);
                return rounding == Rounding.Up && rem != 0 ? q + One : q;
            }

            var wide = DivideWide(product, c, out var wideRem);
            return rounding == Rounding.Up && !wideRem.IsZero ? wide + One : wide;
        }

        if (!TryMulDivRem(a, b, c, out var quotient, out var exact)) throw Panic.OverflowError();
        return rounding == Rounding.Up && !exact ? quotient + One : quotient;
    }
}
