using Restake.Simulation.MonteCarlo;
using Restake.Simulation.World;

namespace Restake.Simulation.Fast;

/// <summary>
/// A two-coin StableSwap pool in doubles: invariant 2A(x + y) + D = 2AD + D³/(4xy) with A as Curve configures it, swaps by solving for the other
/// balance with Newton's method, the fee taken from the output (half of it to the admin, as Curve does).
/// </summary>
public sealed class FastPool(PoolSpec spec) : IPoolEngine
{
    private const double AdminShare = 0.5;
    private double _x0 = spec.EthBalance;
    private double _x1 = spec.TokenBalance;

    // The invariant and price of the current balances, computed at most once per change of balances (NaN = stale):
    // a step asks for the price several times and the Newton iteration behind it is the pool's dominant cost.
    private double _d = double.NaN;
    private double _price = double.NaN;

    /// <inheritdoc />
    public void Reset()
    {
        _x0 = spec.EthBalance;
        _x1 = spec.TokenBalance;
        Invalidate();
    }

    /// <inheritdoc />
    public double EthBalance => _x0;

    /// <inheritdoc />
    public double TokenValue => _x1;

    /// <inheritdoc />
    public void Revalue(double ratio)
    {
        if (ratio == 1) return;
        _x1 *= ratio;
        Invalidate();
    }

    /// <inheritdoc />
    public double Price()
    {
        if (double.IsNaN(_price)) _price = StableSwapSearch.PriceAt(_x0, _x1, CurrentInvariant(), spec.Amplification);
        return _price;
    }

    /// <inheritdoc />
    public double SellToken(double value)
    {
        if (value <= 0) return 0;
        var d = CurrentInvariant();
        var y = SolveOther(_x1 + value, d);
        var dy = _x0 - y;
        var fee = dy * spec.Fee;
        _x1 += value;
        _x0 = y + fee * (1 - AdminShare);
        Invalidate();
        return dy - fee;
    }

    /// <inheritdoc />
    public double BuyToken(double eth)
    {
        if (eth <= 0) return 0;
        var d = CurrentInvariant();
        var y = SolveOther(_x0 + eth, d);
        var dy = _x1 - y;
        var fee = dy * spec.Fee;
        _x0 += eth;
        _x1 = y + fee * (1 - AdminShare);
        Invalidate();
        return dy - fee;
    }

    private double CurrentInvariant()
    {
        if (double.IsNaN(_d)) _d = StableSwapSearch.Invariant(_x0, _x1, spec.Amplification);
        return _d;
    }

    private void Invalidate()
    {
        _d = double.NaN;
        _price = double.NaN;
    }

    private double SolveOther(double x, double d) => StableSwapSearch.Other(x, d, spec.Amplification);
}
