namespace Restake.Scenarios.Model;

/// <summary>
/// Beacon-chain economics: total ETH staked (sets the issuance APR ≈ 166.3/√staked), the share of the maximum
/// consensus reward validators realise, the execution-layer (fees + MEV) APR, and the exit queue length.
/// </summary>
public sealed record ConsensusParameters(double StakedEth, double RealisedShare, double ExecutionApr, double ExitQueueDays)
{
    /// <summary>Probability per year that an operator's validators are slashed (one incident; correlated within a group).</summary>
    public double SlashingProbabilityPerYear { get; init; }

    /// <summary>Fraction of the slashed operator's stake lost per incident (initial penalty plus correlation penalty).</summary>
    public double SlashingPenalty { get; init; } = 0.01;
}
