using System.Numerics;
using System.Runtime.CompilerServices;

namespace Restake.Numerics;

public readonly partial struct UInt256
{
    /// <summary>
    /// True when a / b, for a divisor of three or four limbs, has a quotient below 2^64 (a &lt; b·2^64): then one
    /// estimated quotient digit and at most two corrections give the exact result without scratch memory.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasSingleDigitQuotient(in UInt256 a, in UInt256 b)
    {
        if (b.U3 != 0) return true;
        // b < 2^192: compare a / 2^64 = (U3, U2, U1) with b = (U2, U1, U0).
        if (a.U3 != b.U2) return a.U3 < b.U2;
        if (a.U2 != b.U1) return a.U2 < b.U1;
        return a.U1 < b.U0;
    }

    /// <summary>
    /// ⌊a/b⌋ and a mod b for b ≥ 2^128 and a &lt; b·2^64. The quotient digit is estimated from the top 128 bits of a
    /// and the top 64 bits of b at the same alignment (Knuth: the estimate is at most two too large), then corrected
    /// against the exact 320-bit product.
    /// </summary>
    private static UInt256 DivideSingleDigit(in UInt256 a, in UInt256 b, out UInt256 remainder)
    {
        // k = bit length of b − 64: the alignment that leaves b's top 64 bits (top bit set) in one limb.
        var k = b.U3 != 0 ? 192 - BitOperations.LeadingZeroCount(b.U3) : 128 - BitOperations.LeadingZeroCount(b.U2);
        var bTop = ShiftRightToLimb(b, k, out _);
        var aTop = ShiftRightToLimb(a, k, out var aNext);
        ulong q;
        if (aNext >= bTop)
        {
            q = ulong.MaxValue; // aNext == bTop: the estimate saturates at the largest digit
        }
        else
        {
            q = Div128By64(aNext, aTop, bTop, out _);
        }

        // p = q·b as five limbs.
        var h0 = Math.BigMul(q, b.U0, out var p0);
        var h1 = Math.BigMul(q, b.U1, out var l1);
        var h2 = Math.BigMul(q, b.U2, out var l2);
        var h3 = Math.BigMul(q, b.U3, out var l3);
        ulong c = 0;
        var p1 = AddCarry(h0, l1, ref c);
        var p2 = AddCarry(h1, l2, ref c);
        var p3 = AddCarry(h2, l3, ref c);
        var p4 = h3 + c;
        while (p4 != 0 || GreaterThan(p3, p2, p1, p0, a))
        {
            q--;
            ulong borrow = 0;
            p0 = SubBorrow(p0, b.U0, ref borrow);
            p1 = SubBorrow(p1, b.U1, ref borrow);
            p2 = SubBorrow(p2, b.U2, ref borrow);
            p3 = SubBorrow(p3, b.U3, ref borrow);
            p4 -= borrow;
        }

        ulong br = 0;
        var r0 = SubBorrow(a.U0, p0, ref br);
        var r1 = SubBorrow(a.U1, p1, ref br);
        var r2 = SubBorrow(a.U2, p2, ref br);
        var r3 = SubBorrow(a.U3, p3, ref br);
        remainder = new UInt256(r0, r1, r2, r3);
        return new UInt256(q, 0, 0, 0);
    }

    /// <summary>(x ≫ k) mod 2^64 and the next limb up ((x ≫ k) ≫ 64 mod 2^64), for 64 ≤ k ≤ 192.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ShiftRightToLimb(in UInt256 x, int k, out ulong next)
    {
        var bit = k & 63;
        ulong l0, l1, l2;
        switch (k >> 6)
        {
            case 1: (l0, l1, l2) = (x.U1, x.U2, x.U3); break;
            case 2: (l0, l1, l2) = (x.U2, x.U3, 0); break;
            default: (l0, l1, l2) = (x.U3, 0, 0); break;
        }

        if (bit == 0)
        {
            next = l1;
            return l0;
        }

        next = (l1 >> bit) | (l2 << (64 - bit));
        return (l0 >> bit) | (l1 << (64 - bit));
    }

    /// <summary>(p3, p2, p1, p0) &gt; a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool GreaterThan(ulong p3, ulong p2, ulong p1, ulong p0, in UInt256 a)
    {
        if (p3 != a.U3) return p3 > a.U3;
        if (p2 != a.U2) return p2 > a.U2;
        if (p1 != a.U1) return p1 > a.U1;
        return p0 > a.U0;
    }
}
