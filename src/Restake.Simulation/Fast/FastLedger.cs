using Restake.Simulation.MonteCarlo;
using Restake.Simulation.World;

namespace Restake.Simulation.Fast;

/// <summary>
/// The restaking ledger in doubles, structure of arrays over edges: a fault slashes f·a of each edge's allocation a
/// from the edge and from its operator's max magnitude (the unique-stake rule of EigenLayer's AllocationManager).
/// </summary>
public sealed class FastLedger(WorldModel world) : IRestakingLedger
{
    private readonly double[] _edge = (double[])world.EdgeMagnitude.Clone();
    private readonly double[] _operator = world.OperatorIds.Select(_ => 1.0).ToArray();

    /// <inheritdoc />
    public void Reset()
    {
        world.EdgeMagnitude.CopyTo(_edge, 0);
        Array.Fill(_operator, 1.0);
    }

    /// <inheritdoc />
    public void Slash(int avs)
    {
        var f = world.AvsSlashFraction[avs];
        var ops = world.EdgeOperator;
        for (var e = world.AvsEdgeStart[avs]; e < world.AvsEdgeStart[avs + 1]; e++)
        {
            var slashed = _edge[e] * f;
            _edge[e] -= slashed;
            _operator[ops[e]] -= slashed;
        }
    }

    /// <inheritdoc />
    public double OperatorFactor(int op) => _operator[op];

    /// <inheritdoc />
    public double EdgeMagnitude(int edge) => _edge[edge];
}
