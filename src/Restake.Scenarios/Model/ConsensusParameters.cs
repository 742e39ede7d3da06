namespace Restake.Scenarios.Model;

/// <summary>
/// Beacon-chain economics: total ETH staked (sets the issuance APR ≈ 166.3/√staked), the share of the maximum
/// consensus reward validators realise, the execution-layer (fees + MEV) APR, and the exit queue length.
/// </summary>
public sealed record ConsensusParameters(double StakedEth, double RealisedShare, double ExecutionApr, double ExitQueueDays);
