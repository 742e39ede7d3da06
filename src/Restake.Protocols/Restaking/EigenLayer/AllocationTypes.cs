using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>An operator's allocation to one (operator set, strategy): current magnitude plus at most one pending change.</summary>
public readonly record struct Allocation(ulong CurrentMagnitude, Int128 PendingDiff, long EffectBlock);

/// <summary>An operator's allocation delay configuration (<c>AllocationDelayInfo</c>).</summary>
public readonly record struct AllocationDelayInfo(uint Delay, bool IsSet, uint PendingDelay, long EffectBlock);

/// <summary>Slasher of an operator set with a pending replacement (<c>SlasherParams</c>).</summary>
public readonly record struct SlasherParams(Address Slasher, Address PendingSlasher, long EffectBlock);

/// <summary>Registration status of an operator in a set.</summary>
public readonly record struct RegistrationStatus(bool Registered, long SlashableUntil);

/// <summary><c>CreateSetParams</c> (V2 form when <see cref="Slasher"/> is given; V1 uses the AVS as slasher).</summary>
public sealed record CreateSetParams(uint OperatorSetId, IReadOnlyList<Address> Strategies, Address? Slasher = null);

/// <summary><c>AllocateParams</c>: new magnitudes for some strategies of one operator set.</summary>
public sealed record AllocateParams(OperatorSet OperatorSet, IReadOnlyList<Address> Strategies, IReadOnlyList<ulong> NewMagnitudes);

/// <summary><c>SlashingParams</c>.</summary>
public sealed record SlashingParams(
    Address Operator, uint OperatorSetId, IReadOnlyList<Address> Strategies, IReadOnlyList<UInt256> WadsToSlash, string Description = "");

/// <summary>Result of <c>slashOperator</c>: the slash id and the shares slashed per strategy.</summary>
public sealed record SlashResult(UInt256 SlashId, IReadOnlyList<UInt256> Shares);

/// <summary>An AVS registrar contract, called on operator (de)registration; a revert there reverts the call.</summary>
public interface IAvsRegistrar
{
    /// <summary><c>supportsAVS(avs)</c>.</summary>
    bool SupportsAvs(Address avs);

    /// <summary><c>registerOperator</c>; throw <see cref="RevertException"/> to refuse.</summary>
    void RegisterOperator(Address @operator, Address avs, IReadOnlyList<uint> operatorSetIds);

    /// <summary><c>deregisterOperator</c>; throw <see cref="RevertException"/> to refuse.</summary>
    void DeregisterOperator(Address @operator, Address avs, IReadOnlyList<uint> operatorSetIds);
}

/// <summary>A registrar that accepts every AVS and every (de)registration.</summary>
public sealed class AcceptAllRegistrar : IAvsRegistrar
{
    /// <summary>The shared instance.</summary>
    public static AcceptAllRegistrar Instance { get; } = new();

    /// <inheritdoc />
    public bool SupportsAvs(Address avs) => true;

    /// <inheritdoc />
    public void RegisterOperator(Address @operator, Address avs, IReadOnlyList<uint> operatorSetIds)
    {
    }

    /// <inheritdoc />
    public void DeregisterOperator(Address @operator, Address avs, IReadOnlyList<uint> operatorSetIds)
    {
    }
}
