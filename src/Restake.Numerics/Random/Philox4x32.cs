using System.Runtime.CompilerServices;

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
        for (var round = 0; round < Rounds; round++)
        {
            if (round > 0)
            {
                k0 += W0;
                k1 += W1;
            }

            var p0 = Math.BigMul(M0, c0);
            var p1 = Math.BigMul(M1, c2);
            var n0 = (uint)(p1 >> 32) ^ c1 ^ k0;
            var n2 = (uint)(p0 >> 32) ^ c3 ^ k1;
            c1 = (uint)p1;
            c3 = (uint)p0;
            c0 = n0;
            c2 = n2;
        }

        return (c0, c1, c2, c3);
    }
}
