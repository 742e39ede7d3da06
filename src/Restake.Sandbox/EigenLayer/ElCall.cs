using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Sandbox.EigenLayer;

/// <summary>A validated script operation with typed arguments (the contracts' function names).</summary>
public abstract record ElCall
{
    /// <summary>The operation name as written in scripts.</summary>
    public abstract string Op { get; }
}

/// <summary><c>advanceBlocks {n}</c>: n empty blocks.</summary>
public sealed record AdvanceBlocksCall(uint N) : ElCall
{
    /// <inheritdoc />
    public override string Op => "advanceBlocks";
}

/// <summary><c>registerAsOperator</c>.</summary>
public sealed record RegisterAsOperatorCall(Address DelegationApprover, uint AllocationDelay, string MetadataUri) : ElCall
{
    /// <inheritdoc />
    public override string Op => "registerAsOperator";
}

/// <summary><c>delegateTo</c> (no approver signature).</summary>
public sealed record DelegateToCall(Address Operator) : ElCall
{
    /// <inheritdoc />
    public override string Op => "delegateTo";
}

/// <summary><c>undelegate</c>.</summary>
public sealed record UndelegateCall(Address Staker) : ElCall
{
    /// <inheritdoc />
    public override string Op => "undelegate";
}

/// <summary><c>redelegate</c>.</summary>
public sealed record RedelegateCall(Address NewOperator) : ElCall
{
    /// <inheritdoc />
    public override string Op => "redelegate";
}

/// <summary><c>depositIntoStrategy</c>.</summary>
public sealed record DepositIntoStrategyCall(Address Strategy, Address Token, UInt256 Amount) : ElCall
{
    /// <inheritdoc />
    public override string Op => "depositIntoStrategy";
}

/// <summary><c>queueWithdrawals</c>.</summary>
public sealed record QueueWithdrawalsCall(IReadOnlyList<QueuedWithdrawalParams> Params) : ElCall
{
    /// <inheritdoc />
    public override string Op => "queueWithdrawals";
}

/// <summary><c>completeQueuedWithdrawal</c>.</summary>
public sealed record CompleteQueuedWithdrawalCall(Withdrawal Withdrawal, IReadOnlyList<Address> Tokens, bool ReceiveAsTokens) : ElCall
{
    /// <inheritdoc />
    public override string Op => "completeQueuedWithdrawal";
}

/// <summary><c>updateAVSMetadataURI</c>.</summary>
public sealed record UpdateAvsMetadataUriCall(Address Avs, string MetadataUri) : ElCall
{
    /// <inheritdoc />
    public override string Op => "updateAVSMetadataURI";
}

/// <summary><c>createOperatorSets</c>.</summary>
public sealed record CreateOperatorSetsCall(Address Avs, IReadOnlyList<CreateSetParams> Params) : ElCall
{
    /// <inheritdoc />
    public override string Op => "createOperatorSets";
}

/// <summary><c>addStrategiesToOperatorSet</c>.</summary>
public sealed record AddStrategiesCall(Address Avs, uint OperatorSetId, IReadOnlyList<Address> Strategies) : ElCall
{
    /// <inheritdoc />
    public override string Op => "addStrategiesToOperatorSet";
}

/// <summary><c>removeStrategiesFromOperatorSet</c>.</summary>
public sealed record RemoveStrategiesCall(Address Avs, uint OperatorSetId, IReadOnlyList<Address> Strategies) : ElCall
{
    /// <inheritdoc />
    public override string Op => "removeStrategiesFromOperatorSet";
}

/// <summary><c>registerForOperatorSets</c>.</summary>
public sealed record RegisterForOperatorSetsCall(Address Operator, Address Avs, IReadOnlyList<uint> OperatorSetIds) : ElCall
{
    /// <inheritdoc />
    public override string Op => "registerForOperatorSets";
}

/// <summary><c>deregisterFromOperatorSets</c>.</summary>
public sealed record DeregisterFromOperatorSetsCall(Address Operator, Address Avs, IReadOnlyList<uint> OperatorSetIds) : ElCall
{
    /// <inheritdoc />
    public override string Op => "deregisterFromOperatorSets";
}

/// <summary><c>setAllocationDelay</c>.</summary>
public sealed record SetAllocationDelayCall(Address Operator, uint Delay) : ElCall
{
    /// <inheritdoc />
    public override string Op => "setAllocationDelay";
}

/// <summary><c>modifyAllocations</c>.</summary>
public sealed record ModifyAllocationsCall(Address Operator, IReadOnlyList<AllocateParams> Params) : ElCall
{
    /// <inheritdoc />
    public override string Op => "modifyAllocations";
}

/// <summary><c>clearDeallocationQueue</c>.</summary>
public sealed record ClearDeallocationQueueCall(Address Operator, IReadOnlyList<Address> Strategies, IReadOnlyList<ushort> NumToClear) : ElCall
{
    /// <inheritdoc />
    public override string Op => "clearDeallocationQueue";
}

/// <summary><c>slashOperator</c>.</summary>
public sealed record SlashOperatorCall(Address Avs, SlashingParams Params) : ElCall
{
    /// <inheritdoc />
    public override string Op => "slashOperator";
}

/// <summary><c>clearBurnOrRedistributableShares</c>.</summary>
public sealed record ClearBurnOrRedistributableSharesCall(OperatorSet OperatorSet, UInt256 SlashId) : ElCall
{
    /// <inheritdoc />
    public override string Op => "clearBurnOrRedistributableShares";
}
