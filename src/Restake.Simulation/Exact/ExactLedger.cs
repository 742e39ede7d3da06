using Restake.Numerics;
using Restake.Simulation.MonteCarlo;
using Restake.Simulation.World;

namespace Restake.Simulation.Exact;

/// <summary>
/// The restaking ledger on the exact path: magnitudes in WAD (1e18 = the operator's whole stake) with the
/// AllocationManager's slashing arithmetic — slashed = mulWadRoundUp(allocated magnitude, wadToSlash), taken from the
/// allocation and from the operator's max magnitude — so its factors carry the contract's rounding.
/// </summary>
public sealed class ExactLedger : IRestakingLedger
{
    private readonly WorldModel _world;
    private readonly UInt256[] _start;
    private readonly UInt256[] _wadToSlash;
    private readonly UInt256[] _edge;
    private readonly UInt256[] _max;

    /// <summary>A ledger of <paramref name="world"/>'s allocations.</summary>
    public ExactLedger(WorldModel world)
    {
        _world = world;
        _start = world.EdgeMagnitude.Select(Wad18).ToArray();
        _wadToSlash = world.AvsSlashFraction.Select(Wad18).ToArray();
        _edge = (UInt256[])_start.Clone();
        _max = world.OperatorIds.Select(_ => Wad.One).ToArray();
    }

    /// <inheritdoc />
    public void Reset()
    {
        _start.CopyTo(_edge, 0);
        Array.Fill(_max, Wad.One);
    }

    /// <inheritdoc />
    public void Slash(int avs)
    {
        var ops = _world.EdgeOperator;
        for (var e = _world.AvsEdgeStart[avs]; e < _world.AvsEdgeStart[avs + 1]; e++)
        {
            var slashed = Wad.MulWadRoundUp(_edge[e], _wadToSlash[avs]); // AllocationManager: mulWadRoundUp
            _edge[e] -= slashed;
            _max[ops[e]] -= slashed;
        }
    }

    /// <inheritdoc />
    public double OperatorFactor(int op) => _max[op].ToDouble() / 1e18;

    /// <inheritdoc />
    public double EdgeMagnitude(int edge) => _edge[edge].ToDouble() / 1e18;

    private static UInt256 Wad18(double fraction) =>
        UInt256.FromBigInteger(new System.Numerics.BigInteger(Math.Round(fraction * 1e18)));
}
