using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

public sealed partial class AllocationManager
{
    /// <summary>True once the AVS has called <c>updateAVSMetadataURI</c>.</summary>
    public bool HasAvsMetadata(Address avs) => _avsRegisteredMetadata[avs];

    /// <summary><c>getAVSRegistrar</c>: the AVS itself when none is set.</summary>
    public Address GetAVSRegistrar(Address avs)
    {
        var r = _avsRegistrar[avs];
        return r.IsZero ? avs : r;
    }

    /// <summary><c>isOperatorSet</c>.</summary>
    public bool IsOperatorSet(OperatorSet set) => CowArray.Contains(_operatorSets[set.Avs], set.Id);

    /// <summary>Ids of the AVS's operator sets in creation (EnumerableSet) order.</summary>
    public IReadOnlyList<uint> GetOperatorSetIds(Address avs) => _operatorSets[avs] ?? [];

    /// <summary><c>getStrategiesInOperatorSet</c> (contract order).</summary>
    public IReadOnlyList<Address> GetStrategiesInOperatorSet(OperatorSet set) => _setStrategies[set] ?? [];

    /// <summary><c>getMembers</c>.</summary>
    public IReadOnlyList<Address> GetMembers(OperatorSet set) => _setMembers.Items(set);

    /// <summary><c>getMemberCount</c>.</summary>
    public int GetMemberCount(OperatorSet set) => _setMembers.Count(set);

    /// <summary><c>getRegisteredSets</c>.</summary>
    public IReadOnlyList<OperatorSet> GetRegisteredSets(Address @operator) => _registeredSets[@operator] ?? [];

    /// <summary><c>isMemberOfOperatorSet</c>.</summary>
    public bool IsMemberOfOperatorSet(Address @operator, OperatorSet set) => CowArray.Contains(_registeredSets[@operator], set);

    /// <summary><c>getAllocatedSets</c>.</summary>
    public IReadOnlyList<OperatorSet> GetAllocatedSets(Address @operator) => _allocatedSets[@operator] ?? [];

    /// <summary><c>getAllocatedStrategies</c>.</summary>
    public IReadOnlyList<Address> GetAllocatedStrategies(Address @operator, OperatorSet set) => _allocatedStrategies[(@operator, set)] ?? [];

    /// <summary><c>getSlashCount</c>.</summary>
    public UInt256 GetSlashCount(OperatorSet set) => _slashIds[set];

    /// <summary><c>getRedistributionRecipient</c>: the burn address for ordinary sets.</summary>
    public Address GetRedistributionRecipient(OperatorSet set)
    {
        var r = _redistributionRecipients[set];
        return r.IsZero ? EigenLayerCore.DefaultBurnAddress : r;
    }

    /// <summary><c>isRedistributingOperatorSet</c>.</summary>
    public bool IsRedistributingOperatorSet(OperatorSet set) => GetRedistributionRecipient(set) != EigenLayerCore.DefaultBurnAddress;

    /// <summary><c>getSlasher</c>: the pending slasher once its effect block is reached.</summary>
    public Address GetSlasher(OperatorSet set)
    {
        var p = _slashers[set];
        return p.EffectBlock != 0 && Block >= p.EffectBlock ? p.PendingSlasher : p.Slasher;
    }

    /// <summary>Stored registration status (<c>registered</c>, <c>slashableUntil</c>).</summary>
    public RegistrationStatus GetRegistrationStatus(Address @operator, OperatorSet set) => _registrationStatus[(@operator, set)];

    /// <summary><c>isOperatorSlashable</c>: registered, or deregistered at most <c>DEALLOCATION_DELAY</c> blocks ago.</summary>
    public bool IsOperatorSlashable(Address @operator, OperatorSet set)
    {
        var s = _registrationStatus[(@operator, set)];
        return s.Registered || Block <= s.SlashableUntil;
    }

    /// <summary><c>getAllocationDelay</c>: (isSet, delay), with a matured pending delay applied.</summary>
    public (bool IsSet, uint Delay) GetAllocationDelay(Address @operator)
    {
        var info = _allocationDelayInfo[@operator];
        return info.EffectBlock != 0 && Block >= info.EffectBlock ? (true, info.PendingDelay) : (info.IsSet, info.Delay);
    }

    /// <summary>The stored allocation delay record.</summary>
    public AllocationDelayInfo GetAllocationDelayInfo(Address @operator) => _allocationDelayInfo[@operator];

    /// <summary><c>getMaxMagnitude</c> (WAD when never slashed).</summary>
    public ulong GetMaxMagnitude(Address @operator, Address strategy) =>
        _maxMagnitudeHistory.TryGetValue((@operator, strategy), out var h) ? (ulong)h.Latest() : (ulong)SlashingLib.WAD;

    /// <summary><c>getMaxMagnitudesAtBlock</c> for one strategy.</summary>
    public ulong GetMaxMagnitudeAtBlock(Address @operator, Address strategy, long block) =>
        _maxMagnitudeHistory.TryGetValue((@operator, strategy), out var h) ? (ulong)h.UpperLookup(block) : (ulong)SlashingLib.WAD;

    /// <summary>The stored encumbered magnitude (before virtual clearing).</summary>
    public ulong GetStoredEncumberedMagnitude(Address @operator, Address strategy) => _encumbered[(@operator, strategy)];

    /// <summary>
    /// <c>getEncumberedMagnitude</c>: the stored value after virtually clearing matured deallocations, front to back,
    /// stopping at the first immature one.
    /// </summary>
    public ulong GetEncumberedMagnitude(Address @operator, Address strategy)
    {
        var encumbered = _encumbered[(@operator, strategy)];
        foreach (var set in _deallocationQueue[(@operator, strategy)] ?? [])
        {
            var alloc = _allocations[(@operator, set, strategy)];
            if (Block < alloc.EffectBlock) break;
            encumbered = AddInt128(encumbered, alloc.PendingDiff);
        }

        return encumbered;
    }

    /// <summary><c>getAllocatableMagnitude</c> = max magnitude − virtually cleared encumbered magnitude.</summary>
    public ulong GetAllocatableMagnitude(Address @operator, Address strategy) =>
        (ulong)((UInt256)GetMaxMagnitude(@operator, strategy) - GetEncumberedMagnitude(@operator, strategy));

    /// <summary><c>getDeallocationQueue</c>: operator sets with a queued deallocation, oldest first.</summary>
    public IReadOnlyList<OperatorSet> GetDeallocationQueue(Address @operator, Address strategy) =>
        _deallocationQueue[(@operator, strategy)] ?? [];

    /// <summary><c>getAllocation</c>: the allocation with a matured pending change applied.</summary>
    public Allocation GetAllocation(Address @operator, OperatorSet set, Address strategy) =>
        GetUpdatedAllocation(@operator, set, strategy).Allocation;

    /// <summary><c>getAllocatedStake</c> for one (operator, strategy): <c>mulWad(op, divWad(current, maxMag))</c>.</summary>
    public UInt256 GetAllocatedStake(OperatorSet set, Address @operator, Address strategy) =>
        MinimumAllocatedStake(set, @operator, strategy, Block);

    /// <summary>
    /// <c>getMinimumSlashableStake</c> for one (operator, strategy): pending deallocations effective by
    /// <paramref name="futureBlock"/> are applied; 0 when the operator is not slashable by the set now.
    /// </summary>
    public UInt256 GetMinimumSlashableStake(OperatorSet set, Address @operator, Address strategy, long futureBlock) =>
        IsOperatorSlashable(@operator, set) ? MinimumAllocatedStake(set, @operator, strategy, futureBlock) : UInt256.Zero;

    /// <summary><c>getAllocatedStake(set, operators, strategies)</c>: [operator][strategy].</summary>
    public UInt256[][] GetAllocatedStake(OperatorSet set, IReadOnlyList<Address> operators, IReadOnlyList<Address> strategies) =>
        operators.Select(o => strategies.Select(s => GetAllocatedStake(set, o, s)).ToArray()).ToArray();

    /// <summary><c>getMinimumSlashableStake(set, operators, strategies, futureBlock)</c>: [operator][strategy].</summary>
    public UInt256[][] GetMinimumSlashableStake(OperatorSet set, IReadOnlyList<Address> operators, IReadOnlyList<Address> strategies, long futureBlock) =>
        operators.Select(o => strategies.Select(s => GetMinimumSlashableStake(set, o, s, futureBlock)).ToArray()).ToArray();

    private UInt256 MinimumAllocatedStake(OperatorSet set, Address @operator, Address strategy, long futureBlock)
    {
        var maxMagnitude = GetMaxMagnitude(@operator, strategy);
        if (maxMagnitude == 0) return UInt256.Zero;
        var alloc = GetAllocation(@operator, set, strategy);
        var current = alloc.CurrentMagnitude;
        if (alloc.EffectBlock <= futureBlock && alloc.PendingDiff < 0) current = AddInt128(current, alloc.PendingDiff);
        var proportion = Wad.DivWad(current, maxMagnitude);
        return Wad.MulWad(Core.DelegationManager.OperatorShares(@operator, strategy), proportion);
    }
}
