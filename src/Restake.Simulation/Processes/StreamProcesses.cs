using Restake.Numerics.Random;

namespace Restake.Simulation.Processes;

/// <summary>Stream process ids of the world's stochastic processes (one stream per path and process).</summary>
public static class StreamProcesses
{
    /// <summary>AVS faults (common factor per correlation group).</summary>
    public static readonly uint AvsFaults = RandomProcess.FromName("avs-faults");

    /// <summary>Consensus slashing incidents of operators (common per correlation group).</summary>
    public static readonly uint ConsensusSlashing = RandomProcess.FromName("consensus-slashing");

    /// <summary>Slashing of strategies' own validators (native staking, custodial products).</summary>
    public static readonly uint OwnSlashing = RandomProcess.FromName("own-slashing");

    /// <summary>Smart-contract failures per layer.</summary>
    public static readonly uint ContractFailures = RandomProcess.FromName("contract-failures");

    /// <summary>Withdrawal runs on liquid tokens.</summary>
    public static readonly uint WithdrawalRuns = RandomProcess.FromName("withdrawal-runs");
}
