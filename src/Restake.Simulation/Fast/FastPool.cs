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

    /// <inheritdoc />
    public void Reset()
    {
        _x0 = spec.EthBalance;
        _x1 = spec.TokenBalance;
    }

    /// <inheritdoc />
    public double EthBalance => _x0;

    /// <inheritdoc />
    public double TokenValue => _x1;

    /// <inheritdoc />
    public void Revalue(double ratio) => _x1 *= ratio;

    /// <inheritdoc />
    public double Price() => StableSwapSearch.Price(_x0, _x1, spec.Amplification);

    /// <inheritdoc />
    public double SellToken(double value)
    {
        if (value <= 0) return 0;
        var d = Invariant(_x0, _x1);
        var y = SolveOther(_x1 + value, d);
        var dy = _x0 - y;
        var fee = dy * spec.Fee;
        _x1 += value;
        _x0 = y + fee * (1 - AdminShare);
        return dy - fee;
    }

    /// <inheritdoc />
    public double BuyToken(double eth)
    {
        if (eth <= 0) return 0;
        var d = Invariant(_x0, _x1);
        var y = SolveOther(_x0 + eth, d);
        var dy = _x1 - y;
        var fee = dy * spec.Fee;
        _x0 += eth;
        _x1 = y + fee * (1 - AdminShare);
        return dy - fee;
    }

    private double Invariant(double x, double y) => StableSwapSearch.Invariant(x, y, spec.Amplification);

    private double SolveOther(double x, double d) => StableSwapSearch.Other(x, d, spec.Amplification);
}
