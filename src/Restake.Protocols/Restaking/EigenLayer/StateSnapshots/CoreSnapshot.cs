using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer.StateSnapshots;

/// <summary>The accounting state seen by read-only queries at the end of a block, for the accounts of a scope.</summary>
public sealed record CoreSnapshot(
    long Block,
    IReadOnlyList<StakerSnapshot> Stakers,
    IReadOnlyList<OperatorSnapshot> Operators,
    IReadOnlyList<OperatorSetSnapshot> OperatorSets,
    IReadOnlyList<StrategySnapshot> Strategies,
    IReadOnlyList<TokenAmount> BurnAddress,
    IReadOnlyList<PendingSlashedShares> PendingSlashedShares);

/// <summary>A token and an amount of it.</summary>
public readonly record struct TokenAmount(Address Token, UInt256 Amount);

/// <summary>One account as a staker.</summary>
public sealed record StakerSnapshot(
    Address Account,
    Address DelegatedTo,
    bool IsOperator,
    UInt256 CumulativeWithdrawalsQueued,
    int QueuedWithdrawalRootsCount,
    IReadOnlyList<StakerStrategySnapshot> Strategies,
    IReadOnlyList<TokenAmount> TokenBalances,
    IReadOnlyList<QueuedWithdrawalSnapshot> QueuedWithdrawals);

/// <summary>A staker's position in one strategy (every strategy of the scope is listed, defaults included).</summary>
public sealed record StakerStrategySnapshot(Address Strategy, UInt256 DepositShares, UInt256 WithdrawableShares, UInt256 DepositScalingFactor)
{
    /// <summary>True when all three values are untouched defaults (0, 0, WAD).</summary>
    public bool IsDefault => DepositShares.IsZero && WithdrawableShares.IsZero && DepositScalingFactor == SlashingLib.WAD;
}

/// <summary>A queued withdrawal with what completing it now would pay.</summary>
public sealed record QueuedWithdrawalSnapshot(Withdrawal Withdrawal, IReadOnlyList<UInt256> WithdrawableShares);

/// <summary>One operator's view.</summary>
public sealed record OperatorSnapshot(
    Address Operator, bool IsOperator, bool AllocationDelayIsSet, uint AllocationDelay, IReadOnlyList<OperatorStrategySnapshot> Strategies);

/// <summary>An operator's figures for one strategy.</summary>
public sealed record OperatorStrategySnapshot(
    Address Strategy, UInt256 OperatorShares, ulong MaxMagnitude, ulong EncumberedMagnitude, ulong AllocatableMagnitude,
    UInt256 SlashableSharesInQueue);

/// <summary>A created operator set.</summary>
public sealed record OperatorSetSnapshot(
    OperatorSet OperatorSet, int MemberCount, UInt256 SlashCount, IReadOnlyList<Address> Strategies, IReadOnlyList<SetOperatorSnapshot> Operators);

/// <summary>One operator in one set.</summary>
public sealed record SetOperatorSnapshot(Address Operator, bool Registered, bool Slashable, IReadOnlyList<AllocationSnapshot> Allocations);

/// <summary>An allocation as of this block, with the stake it backs.</summary>
public sealed record AllocationSnapshot(
    Address Strategy, ulong CurrentMagnitude, Int128 PendingDiff, long EffectBlock, UInt256 AllocatedStake, UInt256 MinimumSlashableStake);

/// <summary>A strategy's share supply and token balance.</summary>
public sealed record StrategySnapshot(Address Strategy, UInt256 TotalShares, UInt256 UnderlyingBalance);
