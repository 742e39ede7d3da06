using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Amm;

namespace Restake.Protocols.Tests.Amm;

/// <summary>Random but realistic StableSwap pools for property tests.</summary>
internal static class PoolGen
{
    private static readonly UInt256 Milli = 1_000_000_000_000_000UL; // 1e15

    /// <summary>Amounts from 0.001 to 10^7 whole tokens.</summary>
    public static readonly Gen<UInt256> Balance = Gen.ULong[1_000, 10_000_000_000].Select(x => x * Milli);

    public static readonly Gen<StableSwapLegacyPool> Legacy =
        Gen.Select(Gen.ULong[1, 5_000], Gen.ULong[0, 50_000_000], Gen.ULong[0, 10_000_000_000], Balance, Balance)
            .Select((a, fee, adminFee, b0, b1) =>
            {
                var pool = new StableSwapLegacyPool(a, fee, adminFee);
                pool.AddLiquidity("lp", [b0, b1], UInt256.Zero);
                return pool;
            });

    public static readonly Gen<StableSwapNgPool> Ng =
        Gen.Select(Gen.ULong[1, 5_000], Gen.ULong[0, 50_000_000], Gen.ULong[10_000_000_000, 100_000_000_000], Balance, Balance)
            .Select((a, fee, offpeg, b0, b1) =>
            {
                var rates = new[] { Wad.One, Wad.One + 123_456_789_012_345_678UL };
                if ((UInt256)offpeg * fee > StableSwapNgPool.MaxFee * 10_000_000_000UL) offpeg = 10_000_000_000;
                var pool = new StableSwapNgPool(a, fee, offpeg, rates);
                pool.AddLiquidity("lp", [b0, b1], UInt256.Zero);
                return pool;
            });

    /// <summary>A trade size as a fraction (1e-6 .. 2×) of a balance.</summary>
    public static UInt256 Fraction(UInt256 balance, ulong ppm) => balance * ppm / 1_000_000 + UInt256.One;
}
