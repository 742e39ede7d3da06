using System.Runtime.CompilerServices;

namespace Restake.Numerics;

/// <summary>
/// Exact 128-by-128-bit products (256-bit results) and 256-by-128-bit quotients on <see cref="UInt128"/>, for hot loops
/// whose values stay below 2^128: 16-byte values travel in registers where 32-byte <see cref="UInt256"/>s do not.
/// </summary>
public static class UInt128Math
{
    /// <summary>The full product a·b as (high, <paramref name="low"/>) halves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt128 MultiplyHigh(UInt128 a, UInt128 b, out UInt128 low)
    {
        ulong a0 = (ulong)a, a1 = (ulong)(a >> 64), b0 = (ulong)b, b1 = (ulong)(b >> 64);
        var p00 = Math.BigMul(a0, b0);
        var p01 = Math.BigMul(a0, b1);
        var p10 = Math.BigMul(a1, b0);
        var p11 = Math.BigMul(a1, b1);
        // Column 1 gathers three 64-bit terms (below 3·2^64); its carry joins column 2.
        var middle = (UInt128)(ulong)(p00 >> 64) + (ulong)p01 + (ulong)p10;
        low = ((UInt128)(ulong)middle << 64) | (ulong)p00;
        return p11 + (p01 >> 64) + (p10 >> 64) + (middle >> 64);
    }

    /// <summary>
    /// ⌊(high·2^128 + low) / divisor⌋ for <paramref name="high"/> &lt; <paramref name="divisor"/>, the condition for
    /// the quotient to fit 128 bits (and for the divisor to be non-zero); otherwise an <see cref="ArgumentException"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static UInt128 DivideWide(UInt128 high, UInt128 low, UInt128 divisor)
    {
        if (high >= divisor) throw new ArgumentException("the quotient does not fit 128 bits (high ≥ divisor)", nameof(high));
        var dividend = new UInt256(high, low);
        var d1 = (ulong)(divisor >> 64);
        return d1 == 0
            ? UInt256.DivideBy64Low(dividend, (ulong)divisor)
            : UInt256.DivideBy128Low(dividend, d1, (ulong)divisor);
    }
}
