namespace Restake.Simulation.MonteCarlo;

/// <summary>
/// The restaking protocol's accounting of one path: operators' allocated magnitudes per AVS edge and their total
/// (max) magnitude, slashed as the protocol slashes. The fast and exact paths implement it in doubles or in the engine.
/// </summary>
public interface IRestakingLedger
{
    /// <summary>Back to the world's starting allocations.</summary>
    void Reset();

    /// <summary>A fault of AVS <paramref name="avs"/>: slashes its slash fraction of every edge's allocated magnitude.</summary>
    void Slash(int avs);

    /// <summary>Operator <paramref name="op"/>'s remaining max magnitude (1 at the start): its stakers' value factor.</summary>
    double OperatorFactor(int op);

    /// <summary>The magnitude edge <paramref name="edge"/> allocates now (fraction of the operator's starting stake).</summary>
    double EdgeMagnitude(int edge);
}
