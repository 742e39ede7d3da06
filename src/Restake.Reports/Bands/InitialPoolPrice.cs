using System.Numerics;
using Restake.Numerics;
using Restake.Protocols.Amm;
using Restake.Scenarios.Model;

namespace Restake.Reports.Bands;

/// <summary>
/// The price a scenario's pool quotes at its starting balances: what the exact StableSwap engine (the 2020 pool's
/// integer math) pays in the first token for one whole unit of the second, fee included.
/// </summary>
public static class InitialPoolPrice
{
    private static readonly BigInteger WeiPerToken = BigInteger.Pow(10, 18);

    /// <summary>get_dy(1 → 0, 1e18) / 1e18 at <paramref name="pool"/>'s balances, A (rounded to an integer A()) and fee.</summary>
    public static double Of(Pool pool)
    {
        var a = (UInt256)(ulong)Math.Round(pool.Amplification);
        var fee = (UInt256)(ulong)Math.Round(pool.Fee * 1e10);       // FEE_DENOMINATOR = 1e10
        var engine = StableSwapLegacyPool.FromBalances(a, fee, 5_000_000_000UL, [Wei(pool.Balances[0]), Wei(pool.Balances[1])],
            UInt256.Zero);
        var dy = engine.GetDy(1, 0, UInt256.FromBigInteger(WeiPerToken));
        return new Rational(dy.ToBigInteger(), WeiPerToken).ToDouble();
    }

    // Balances are decimal amounts in the file; decimal keeps every digit a YAML number can carry at 18 places.
    private static UInt256 Wei(double amount) =>
        UInt256.FromBigInteger(new BigInteger(decimal.Round((decimal)amount * 1_000_000_000_000_000_000m)));
}
