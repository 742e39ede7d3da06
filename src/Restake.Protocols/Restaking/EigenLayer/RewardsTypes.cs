using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>A strategy and its reward weight multiplier (uint96).</summary>
public readonly record struct StrategyAndMultiplier(Address Strategy, UInt256 Multiplier);

/// <summary>An amount-based rewards submission (<c>RewardsSubmission</c>).</summary>
public sealed record RewardsSubmission(
    IReadOnlyList<StrategyAndMultiplier> StrategiesAndMultipliers, Address Token, UInt256 Amount, ulong StartTimestamp, ulong Duration);

/// <summary>One operator's amount in an operator-directed submission.</summary>
public readonly record struct OperatorReward(Address Operator, UInt256 Amount);

/// <summary>An operator-directed rewards submission (<c>OperatorDirectedRewardsSubmission</c>).</summary>
public sealed record OperatorDirectedRewardsSubmission(
    IReadOnlyList<StrategyAndMultiplier> StrategiesAndMultipliers, Address Token, IReadOnlyList<OperatorReward> OperatorRewards,
    ulong StartTimestamp, ulong Duration, string Description = "");

/// <summary>Kinds of rewards submissions, one per submission function.</summary>
public enum RewardsSubmissionKind
{
    /// <summary><c>createAVSRewardsSubmission</c>.</summary>
    Avs,

    /// <summary><c>createRewardsForAllSubmission</c>.</summary>
    RewardsForAll,

    /// <summary><c>createRewardsForAllEarners</c>.</summary>
    RewardsForAllEarners,

    /// <summary><c>createOperatorDirectedAVSRewardsSubmission</c>.</summary>
    OperatorDirectedAvs,

    /// <summary><c>createOperatorDirectedOperatorSetRewardsSubmission</c>.</summary>
    OperatorDirectedOperatorSet,

    /// <summary><c>createUniqueStakeRewardsSubmission</c>.</summary>
    UniqueStake,

    /// <summary><c>createTotalStakeRewardsSubmission</c>.</summary>
    TotalStake,
}

/// <summary>
/// A recorded submission as its hash covers it (net of the protocol fee): who submitted (the AVS or the
/// submitter), the nonce, the operator set where relevant, and either the amount form or the operator-directed form.
/// </summary>
public sealed record RecordedSubmission(
    RewardsSubmissionKind Kind, Address Avs, UInt256 Nonce, OperatorSet? OperatorSet,
    RewardsSubmission? Amount, OperatorDirectedRewardsSubmission? OperatorDirected);

/// <summary>
/// A distribution root. Merkle proofs are replaced by the root's explicit content: cumulative earnings per
/// (earner, token).
/// </summary>
public sealed record DistributionRoot(
    IReadOnlyDictionary<(Address Earner, Address Token), UInt256> CumulativeEarnings, ulong RewardsCalculationEndTimestamp,
    ulong ActivatedAt, bool Disabled);

/// <summary>A split record <c>OperatorSplit{oldSplitBips, newSplitBips, activatedAt}</c>.</summary>
public readonly record struct OperatorSplit(ushort OldSplitBips, ushort NewSplitBips, ulong ActivatedAt);

/// <summary>A claim: one earner, some (token, cumulativeEarnings) leaves, proven against root <see cref="RootIndex"/>.</summary>
public sealed record RewardsClaim(uint RootIndex, Address Earner, IReadOnlyList<(Address Token, UInt256 CumulativeEarnings)> TokenLeaves);
