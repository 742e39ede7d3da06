using Restake.Numerics;
using Restake.Protocols.Amm;
using Restake.Simulation.MonteCarlo;
using Restake.Simulation.World;

namespace Restake.Simulation.Exact;

/// <summary>
/// The pool on the exact path: a Curve StableSwap-NG pool in wei (coin 0 ETH, coin 1 the token with its redemption
/// value as the stored rate, as NG's oracle coins work), swaps executed by the engine with its rounding and fees.
/// </summary>
public sealed class ExactPool(PoolSpec spec) : IPoolEngine
{
    private static readonly double WeiPerEth = 1e18;
    private StableSwapNgPool _pool = Create(spec);
    private double _rate = 1;

    /// <inheritdoc />
    public void Reset()
    {
        _pool = Create(spec);
        _rate = 1;
    }

    /// <inheritdoc />
    public double EthBalance => _pool.Balance(0).ToDouble() / WeiPerEth;

    /// <inheritdoc />
    public double TokenValue => _pool.Balance(1).ToDouble() / WeiPerEth * _rate;

    /// <inheritdoc />
    public void Revalue(double ratio)
    {
        _rate *= ratio;
        _pool.SetRate(1, Wei(_rate));
    }

    /// <inheritdoc />
    public double Price() => _pool.GetP(0).ToDouble() / WeiPerEth;

    /// <inheritdoc />
    public double SellToken(double value)
    {
        var dx = Wei(value / _rate);
        return dx.IsZero ? 0 : _pool.Exchange(1, 0, dx, UInt256.Zero).ToDouble() / WeiPerEth;
    }

    /// <inheritdoc />
    public double BuyToken(double eth)
    {
        var dx = Wei(eth);
        return dx.IsZero ? 0 : _pool.Exchange(0, 1, dx, UInt256.Zero).ToDouble() / WeiPerEth * _rate;
    }

    private static UInt256 Wei(double eth) => UInt256.FromBigInteger(new System.Numerics.BigInteger(Math.Floor(eth * WeiPerEth)));

    private static StableSwapNgPool Create(PoolSpec spec)
    {
        var rates = new[] { Wad.One, Wad.One };
        var balances = new[] { Wei(spec.EthBalance), Wei(spec.TokenBalance) };
        // Offpeg multiplier 1 (1e10): a constant fee, as the scenario states it.
        var pool = StableSwapNgPool.FromBalances((ulong)Math.Round(spec.Amplification), (ulong)Math.Round(spec.Fee * 1e10), 10_000_000_000UL,
            rates, balances, balances[0] + balances[1]);
        return pool;
    }
}
