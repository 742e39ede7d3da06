using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Simulation.MonteCarlo;
using Restake.Simulation.World;

namespace Restake.Simulation.Exact;

/// <summary>
/// The restaking ledger on the exact path, driving a per-path <see cref="EigenLayerCore"/>: an AVS fault is
/// <c>slashOperator</c> on every edge of the AVS with its slash fraction in WAD, and an operator's factor is its
/// aggregate staker's withdrawable shares over its deposit shares, as the core accounts them.
/// </summary>
public sealed class ExactLedger : IRestakingLedger
{
    private readonly WorldModel _world;
    private bool _fresh = true;

    /// <summary>A ledger of <paramref name="world"/>'s allocations.</summary>
    public ExactLedger(WorldModel world)
    {
        _world = world;
        Restaking = new RestakingCore(world);
    }

    /// <summary>The core of the current path.</summary>
    public RestakingCore Restaking { get; private set; }

    /// <inheritdoc />
    public void Reset()
    {
        // One core per path: a fresh build is cheaper than tracking the undo of a whole path's slashes.
        if (!_fresh) Restaking = new RestakingCore(_world);
        _fresh = false;
    }

    /// <inheritdoc />
    public void Slash(int avs)
    {
        _fresh = false;
        var r = Restaking;
        var wad = r.WadsToSlash[avs];
        if (wad.IsZero) return;
        var am = r.Core.AllocationManager;
        for (var e = _world.AvsEdgeStart[avs]; e < _world.AvsEdgeStart[avs + 1]; e++)
        {
            var op = r.Operators[_world.EdgeOperator[e]];
            var set = r.EdgeSets[e];
            if (am.GetAllocation(op, set, r.Strategy).CurrentMagnitude == 0) continue;
            am.SlashOperator(set.Avs, set.Avs, new SlashingParams(op, set.Id, [r.Strategy], [wad]));
        }
    }

    /// <inheritdoc />
    public double OperatorFactor(int op)
    {
        var r = Restaking;
        var (withdrawable, deposit) = r.Core.DelegationManager.GetWithdrawableShares(r.Stakers[op], r.Strategy);
        if (deposit.IsZero) return r.Core.AllocationManager.GetMaxMagnitude(r.Operators[op], r.Strategy) / 1e18;
        return withdrawable.ToDouble() / deposit.ToDouble();
    }

    /// <inheritdoc />
    public double EdgeMagnitude(int edge)
    {
        var r = Restaking;
        return r.Core.AllocationManager.GetAllocation(r.Operators[_world.EdgeOperator[edge]], r.EdgeSets[edge], r.Strategy)
            .CurrentMagnitude / 1e18;
    }
}
