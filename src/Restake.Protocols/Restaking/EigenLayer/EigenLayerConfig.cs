using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// Deployment constants of the core contracts. Defaults are the Ethereum mainnet values; conformance scenarios
/// shorten the delays.
/// </summary>
public sealed record EigenLayerConfig
{
    /// <summary>DelegationManager <c>MIN_WITHDRAWAL_DELAY_BLOCKS</c> (14 days).</summary>
    public uint MinWithdrawalDelayBlocks { get; init; } = 100_800;

    /// <summary>AllocationManager <c>DEALLOCATION_DELAY</c>, also the post-deregistration slashable window.</summary>
    public uint DeallocationDelay { get; init; } = 100_800;

    /// <summary>AllocationManager <c>ALLOCATION_CONFIGURATION_DELAY</c>.</summary>
    public uint AllocationConfigurationDelay { get; init; } = 126_000;

    /// <summary>AllocationManager <c>SLASHER_CONFIGURATION_DELAY</c>.</summary>
    public uint SlasherConfigurationDelay { get; init; } = 126_000;

    /// <summary>StrategyManager <c>MAX_STAKER_STRATEGY_LIST_LENGTH</c>.</summary>
    public int MaxStakerStrategyListLength { get; init; } = 32;

    /// <summary>StrategyBase virtual shares.</summary>
    public UInt256 SharesOffset { get; init; } = 1000;

    /// <summary>StrategyBase virtual balance.</summary>
    public UInt256 BalanceOffset { get; init; } = 1000;

    /// <summary>StrategyBase <c>MAX_TOTAL_SHARES</c> = 1e38 − 1.</summary>
    public UInt256 MaxTotalShares { get; init; } = UInt256.Parse("99999999999999999999999999999999999999");

    /// <summary>RewardsCoordinator <c>CALCULATION_INTERVAL_SECONDS</c>.</summary>
    public ulong CalculationIntervalSeconds { get; init; } = 86_400;

    /// <summary>RewardsCoordinator <c>MAX_REWARDS_DURATION</c>.</summary>
    public ulong MaxRewardsDuration { get; init; } = 6_048_000;

    /// <summary>RewardsCoordinator <c>MAX_RETROACTIVE_LENGTH</c>.</summary>
    public ulong MaxRetroactiveLength { get; init; } = 14_515_200;

    /// <summary>RewardsCoordinator <c>MAX_FUTURE_LENGTH</c>.</summary>
    public ulong MaxFutureLength { get; init; } = 2_592_000;

    /// <summary>RewardsCoordinator <c>GENESIS_REWARDS_TIMESTAMP</c>.</summary>
    public ulong GenesisRewardsTimestamp { get; init; } = 1_710_979_200;

    /// <summary>RewardsCoordinator initial <c>activationDelay</c> (seconds).</summary>
    public ulong ActivationDelay { get; init; } = 604_800;

    /// <summary>RewardsCoordinator initial <c>defaultOperatorSplitBips</c>.</summary>
    public ushort DefaultOperatorSplitBips { get; init; } = 1_000;

    /// <summary>RewardsCoordinator <c>PROTOCOL_FEE_BIPS</c>.</summary>
    public ushort ProtocolFeeBips { get; init; } = 2_000;

    /// <summary>Mainnet constants.</summary>
    public static EigenLayerConfig Mainnet { get; } = new();
}
