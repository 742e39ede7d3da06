using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Restake.Numerics;

public readonly partial struct UInt256
{
    /// <summary>Checked addition: <c>Panic(0x11)</c> on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator +(UInt256 a, UInt256 b)
    {
        var r0 = a.U0 + b.U0;
        var c = r0 < a.U0 ? 1UL : 0UL;
        var r1 = AddCarry(a.U1, b.U1, ref c);
        var r2 = AddCarry(a.U2, b.U2, ref c);
        var r3 = AddCarry(a.U3, b.U3, ref c);
        if (c != 0) ThrowOverflow();
        return new UInt256(r0, r1, r2, r3);
    }

    /// <summary>Checked subtraction: <c>Panic(0x11)</c> on underflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator -(UInt256 a, UInt256 b)
    {
        var r0 = a.U0 - b.U0;
        var borrow = a.U0 < b.U0 ? 1UL : 0UL;
        var r1 = SubBorrow(a.U1, b.U1, ref borrow);
        var r2 = SubBorrow(a.U2, b.U2, ref borrow);
        var r3 = SubBorrow(a.U3, b.U3, ref borrow);
        if (borrow != 0) ThrowOverflow();
        return new UInt256(r0, r1, r2, r3);
    }

    /// <summary>x + y + carry, with the carry out in <paramref name="carry"/> (0 or 1).</summary>
    private static ulong AddCarry(ulong x, ulong y, ref ulong carry)
    {
        var s = x + y;
        var c1 = s < x ? 1UL : 0UL;
        var t = s + carry;
        carry = c1 | (t < s ? 1UL : 0UL);
        return t;
    }

    /// <summary>x − y − borrow, with the borrow out in <paramref name="borrow"/> (0 or 1).</summary>
    private static ulong SubBorrow(ulong x, ulong y, ref ulong borrow)
    {
        var d = x - y;
        var b1 = x < y ? 1UL : 0UL;
        var t = d - borrow;
        borrow = b1 | (d < borrow ? 1UL : 0UL);
        return t;
    }

    /// <summary>Checked multiplication: <c>Panic(0x11)</c> on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator *(UInt256 a, UInt256 b)
    {
        if ((a.U1 | a.U2 | a.U3 | b.U1 | b.U2 | b.U3) == 0)
        {
            var high = Math.BigMul(a.U0, b.U0, out var low);
            return new UInt256(low, high, 0, 0);
        }

        return MultiplyWide(a, b);
    }

    /// <summary>Checked product of operands not both below 2^64.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static UInt256 MultiplyWide(in UInt256 a, in UInt256 b)
    {
        if ((a.U2 | a.U3 | b.U2 | b.U3) == 0) return Multiply128(a, b);
        return MultiplyAbove128(a, b);
    }

    /// <summary>Checked product where an operand has 129 bits or more (it overflows unless the other is small).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static UInt256 MultiplyAbove128(in UInt256 a, in UInt256 b)
    {
        if (a.IsZero || b.IsZero) return Zero;
        if (!a.FitsUInt128 && !b.FitsUInt128) throw Panic.OverflowError();
        var (big, small) = !a.FitsUInt128 ? (a, b) : (b, a);
        // big = H·2^128 + L, small < 2^128: product = H·small·2^128 + L·small.
        var low = Multiply128(big, small);
        var cross = Multiply128(new UInt256(big.U2, big.U3, 0, 0), small);
        if (!cross.FitsUInt128) throw Panic.OverflowError();
        ulong c = 0;
        var r2 = AddCarry(low.U2, cross.U0, ref c);
        var r3 = AddCarry(low.U3, cross.U1, ref c);
        if (c != 0) throw Panic.OverflowError();
        return new UInt256(low.U0, low.U1, r2, r3);
    }

    /// <summary>Checked division: <c>Panic(0x12)</c> when <paramref name="b"/> is zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator /(UInt256 a, UInt256 b)
    {
        if ((a.U1 | a.U2 | a.U3 | b.U1 | b.U2 | b.U3) == 0 && b.U0 != 0) return new UInt256(a.U0 / b.U0, 0, 0, 0);
        if (b.IsZero) ThrowDivisionByZero();
        return DivRemNonZero(a, b, out _);
    }

    /// <summary>Checked modulo: <c>Panic(0x12)</c> when <paramref name="b"/> is zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator %(UInt256 a, UInt256 b)
    {
        if ((a.U1 | a.U2 | a.U3 | b.U1 | b.U2 | b.U3) == 0 && b.U0 != 0) return new UInt256(a.U0 % b.U0, 0, 0, 0);
        if (b.IsZero) ThrowDivisionByZero();
        DivRemNonZero(a, b, out var remainder);
        return remainder;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDivisionByZero() => throw Panic.DivisionByZeroError();

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOverflow() => throw Panic.OverflowError();

    /// <summary>⌈a / b⌉; <c>Panic(0x12)</c> when <paramref name="b"/> is zero.</summary>
    public static UInt256 DivUp(UInt256 a, UInt256 b)
    {
        var q = a / b;
        return q * b == a ? q : q + One;
    }

    /// <summary>Full product of two values below 2^128 (the high limbs of both are ignored).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static UInt256 Multiply128(in UInt256 x, in UInt256 y)
    {
        var h00 = Math.BigMul(x.U0, y.U0, out var l00);
        if ((x.U1 | y.U1) == 0) return new UInt256(l00, h00, 0, 0);
        var h01 = Math.BigMul(x.U0, y.U1, out var l01);
        var h10 = Math.BigMul(x.U1, y.U0, out var l10);
        var h11 = Math.BigMul(x.U1, y.U1, out var l11);
        // Column 1: h00 + l01 + l10; column 2: h01 + h10 + l11 + carries; column 3: h11 + carries.
        ulong c = 0;
        var r1 = AddCarry(h00, l01, ref c);
        var c2 = c;
        c = 0;
        r1 = AddCarry(r1, l10, ref c);
        c2 += c;
        c = 0;
        var r2 = AddCarry(h01, h10, ref c);
        var c3 = c;
        c = 0;
        r2 = AddCarry(r2, l11, ref c);
        c3 += c;
        c = 0;
        r2 = AddCarry(r2, c2, ref c);
        c3 += c;
        return new UInt256(l00, r1, r2, h11 + c3);
    }

    /// <summary>
    /// ⌊a·b/c⌋ or ⌈a·b/c⌉ with a 512-bit intermediate (OpenZeppelin <c>Math.mulDiv</c>): never overflows unless the
    /// result does. <c>Panic(0x12)</c> when <paramref name="c"/> is zero, <c>Panic(0x11)</c> when the result exceeds
    /// 2^256 − 1.
    /// </summary>
    public static UInt256 MulDiv(UInt256 a, UInt256 b, UInt256 c, Rounding rounding = Rounding.Down)
    {
        if (c.IsZero) throw Panic.DivisionByZeroError();
        if (a.FitsUInt128 && b.FitsUInt128)
        {
            // The product fits 256 bits: a single 256-bit division.
            var q = DivRemNonZero(Multiply128(a, b), c, out var rem);
            return rounding == Rounding.Up && !rem.IsZero ? q + One : q;
        }

        if (!TryMulDivRem(a, b, c, out var quotient, out var exact)) throw Panic.OverflowError();
        return rounding == Rounding.Up && !exact ? quotient + One : quotient;
    }
}
