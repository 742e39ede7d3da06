using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Restake.Numerics.Random;

/// <summary>
/// The Philox4x32-10 counter-based block function (Salmon, Moraes, Dror, Shaw, SC'11; Random123): a keyed bijection
/// from a 128-bit counter to 128 pseudo-random bits. Being a pure function of (counter, key), any block can be computed
/// independently, which is what makes results independent of thread scheduling.
/// </summary>
public static class Philox4x32
{
    private const uint M0 = 0xD2511F53;
    private const uint M1 = 0xCD9E8D57;
    private const uint W0 = 0x9E3779B9;
    private const uint W1 = 0xBB67AE85;

    /// <summary>Number of rounds (10, the Random123 default that passes BigCrush with margin).</summary>
    public const int Rounds = 10;

    /// <summary>Encrypts the counter (c0..c3) under the key (k0, k1) and returns the four output words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (uint X0, uint X1, uint X2, uint X3) Block(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1)
    {
        // Unrolled: the loop form costs about twice as much once the JIT has spilled the state.
        Round(ref c0, ref c1, ref c2, ref c3, k0, k1);
        Round(ref c0, ref c1, ref c2, ref c3, k0 += W0, k1 += W1);
        Round(ref c0, ref c1, ref c2, ref c3, k0 += W0, k1 += W1);
        Round(ref c0, ref c1, ref c2, ref c3, k0 += W0, k1 += W1);
        Round(ref c0, ref c1, ref c2, ref c3, k0 += W0, k1 += W1);
        Round(ref c0, ref c1, ref c2, ref c3, k0 += W0, k1 += W1);
        Round(ref c0, ref c1, ref c2, ref c3, k0 += W0, k1 += W1);
        Round(ref c0, ref c1, ref c2, ref c3, k0 += W0, k1 += W1);
        Round(ref c0, ref c1, ref c2, ref c3, k0 += W0, k1 += W1);
        Round(ref c0, ref c1, ref c2, ref c3, k0 + W0, k1 + W1);
        return (c0, c1, c2, c3);
    }

    /// <summary>
    /// Four consecutive blocks (counters block … block + 3, other words fixed) written as eight 64-bit values: block i's
    /// words (0, 1) at output[2i] and (2, 3) at output[2i + 1], low word first. Uses AVX2 when present (four blocks
    /// per instruction stream); the bits are the same as four calls of <see cref="Block"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Blocks4(uint block, uint c1, uint c2, uint c3, uint k0, uint k1, Span<ulong> output)
    {
        if (output.Length < 8) throw new ArgumentException("Needs room for eight values.", nameof(output));
        if (block > uint.MaxValue - 3) throw new ArgumentOutOfRangeException(nameof(block), block, "Counter would wrap.");
        if (Avx2.IsSupported)
        {
            Blocks4Avx2(block, c1, c2, c3, k0, k1, output);
            return;
        }

        for (var i = 0u; i < 4; i++)
        {
            var (x0, x1, x2, x3) = Block(block + i, c1, c2, c3, k0, k1);
            output[(int)(2 * i)] = x0 | ((ulong)x1 << 32);
            output[(int)(2 * i + 1)] = x2 | ((ulong)x3 << 32);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Blocks4Avx2(uint block, uint c1, uint c2, uint c3, uint k0, uint k1, Span<ulong> output)
    {
        // One 64-bit lane per block, each holding a 32-bit word; vpmuludq gives the full 64-bit products lane-wise.
        var x0 = Vector256.Create(block, block + 1UL, block + 2UL, block + 3UL);
        var x1 = Vector256.Create((ulong)c1);
        var x2 = Vector256.Create((ulong)c2);
        var x3 = Vector256.Create((ulong)c3);
        var m0 = Vector256.Create((ulong)M0).AsUInt32();
        var m1 = Vector256.Create((ulong)M1).AsUInt32();
        var low = Vector256.Create(0xFFFF_FFFFUL);
        for (var round = 0; round < Rounds; round++)
        {
            var p0 = Avx2.Multiply(x0.AsUInt32(), m0);
            var p1 = Avx2.Multiply(x2.AsUInt32(), m1);
            var n0 = (p1 >>> 32) ^ x1 ^ Vector256.Create((ulong)k0);
            var n2 = (p0 >>> 32) ^ x3 ^ Vector256.Create((ulong)k1);
            x1 = p1 & low;
            x3 = p0 & low;
            x0 = n0;
            x2 = n2;
            k0 += W0;
            k1 += W1;
        }

        var words01 = x0 | (x1 << 32);
        var words23 = x2 | (x3 << 32);
        for (var i = 0; i < 4; i++)
        {
            output[2 * i] = words01.GetElement(i);
            output[2 * i + 1] = words23.GetElement(i);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref uint c0, ref uint c1, ref uint c2, ref uint c3, uint k0, uint k1)
    {
        var p0 = (ulong)M0 * c0;
        var p1 = (ulong)M1 * c2;
        var n0 = (uint)(p1 >> 32) ^ c1 ^ k0;
        var n2 = (uint)(p0 >> 32) ^ c3 ^ k1;
        c1 = (uint)p1;
        c3 = (uint)p0;
        c0 = n0;
        c2 = n2;
    }
}
