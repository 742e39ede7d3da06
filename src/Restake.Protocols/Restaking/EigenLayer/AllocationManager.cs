using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// AllocationManager: AVS metadata and operator sets (with strategies, slasher, redistribution recipient), operator
/// registration, allocation delays, magnitude allocations with their delays, the deallocation queue, max-magnitude
/// history and slashing. Pause bits: 0 allocations, 1 slashing, 2 registration.
/// </summary>
public sealed partial class AllocationManager : CoreContract
{
    /// <summary>Pause bit of <c>modifyAllocations</c> and <c>clearDeallocationQueue</c>.</summary>
    public const int PausedModifyAllocations = 0;

    /// <summary>Pause bit of <c>slashOperator</c>.</summary>
    public const int PausedOperatorSlashing = 1;

    /// <summary>Pause bit of operator-set registration and deregistration.</summary>
    public const int PausedRegistration = 2;

    private readonly JournaledMap<Address, bool> _avsRegisteredMetadata;
    private readonly JournaledMap<Address, Address> _avsRegistrar;
    private readonly JournaledMap<Address, uint[]> _operatorSets;
    private readonly JournaledMap<OperatorSet, Address[]> _setStrategies;
    private readonly JournaledSetMap<OperatorSet, Address> _setMembers;
    private readonly JournaledMap<OperatorSet, Address> _redistributionRecipients;
    private readonly JournaledMap<OperatorSet, UInt256> _slashIds;
    private readonly JournaledMap<OperatorSet, SlasherParams> _slashers;
    private readonly JournaledMap<Address, AllocationDelayInfo> _allocationDelayInfo;
    private readonly JournaledMap<Address, OperatorSet[]> _registeredSets;
    private readonly JournaledMap<(Address Operator, OperatorSet Set), RegistrationStatus> _registrationStatus;

    internal AllocationManager(EigenLayerCore core, Address self) : base(core, self)
    {
        var j = core.Journal;
        _avsRegisteredMetadata = new(j);
        _avsRegistrar = new(j);
        _operatorSets = new(j);
        _setStrategies = new(j);
        _setMembers = new(j);
        _redistributionRecipients = new(j);
        _slashIds = new(j);
        _slashers = new(j);
        _allocationDelayInfo = new(j);
        _registeredSets = new(j);
        _registrationStatus = new(j);
        _allocatedSets = new(j);
        _allocatedStrategies = new(j);
        _allocations = new(j);
        _encumbered = new(j);
        _deallocationQueue = new(j);
    }

    // ---- AVS configuration -------------------------------------------------------------------------------------

    /// <summary><c>updateAVSMetadataURI(avs, uri)</c>: marks the AVS as registered.</summary>
    public void UpdateAVSMetadataURI(Address caller, Address avs, string metadataUri)
    {
        using var tx = Journal.Begin();
        RequireCanCall(avs, caller, "updateAVSMetadataURI");
        _avsRegisteredMetadata.Set(avs, true);
        tx.Commit();
    }

    /// <summary><c>setAVSRegistrar(avs, registrar)</c>.</summary>
    public void SetAVSRegistrar(Address caller, Address avs, Address registrar)
    {
        using var tx = Journal.Begin();
        RequireCanCall(avs, caller, "setAVSRegistrar");
        if (!Core.ResolveRegistrar(registrar).SupportsAvs(avs)) throw new RevertException(Errors.InvalidAVSRegistrar);
        _avsRegistrar.Set(avs, registrar);
        tx.Commit();
    }

    /// <summary><c>createOperatorSets(avs, params)</c>: non-redistributing sets.</summary>
    public void CreateOperatorSets(Address caller, Address avs, IReadOnlyList<CreateSetParams> sets)
    {
        using var tx = Journal.Begin();
        RequireCanCall(avs, caller, "createOperatorSets");
        if (!_avsRegisteredMetadata[avs]) throw new RevertException(Errors.NonexistentAVSMetadata);
        foreach (var p in sets) CreateOperatorSet(avs, p, EigenLayerCore.DefaultBurnAddress);
        tx.Commit();
    }

    /// <summary><c>createRedistributingOperatorSets(avs, params, recipients)</c>.</summary>
    public void CreateRedistributingOperatorSets(Address caller, Address avs, IReadOnlyList<CreateSetParams> sets, IReadOnlyList<Address> recipients)
    {
        using var tx = Journal.Begin();
        RequireCanCall(avs, caller, "createRedistributingOperatorSets");
        if (sets.Count != recipients.Count) throw new RevertException(Errors.InputArrayLengthMismatch);
        if (!_avsRegisteredMetadata[avs]) throw new RevertException(Errors.NonexistentAVSMetadata);
        for (var i = 0; i < sets.Count; i++)
        {
            if (recipients[i].IsZero) throw new RevertException(Errors.InputAddressZero);
            if (recipients[i] == EigenLayerCore.DefaultBurnAddress) throw new RevertException(Errors.InvalidRedistributionRecipient);
            CreateOperatorSet(avs, sets[i], recipients[i]);
        }

        tx.Commit();
    }

    private void CreateOperatorSet(Address avs, CreateSetParams p, Address recipient)
    {
        var set = new OperatorSet(avs, p.OperatorSetId);
        var ids = CowArray.Add(_operatorSets[avs], p.OperatorSetId) ?? throw new RevertException(Errors.InvalidOperatorSet);
        _operatorSets.Set(avs, ids);
        var redistributing = recipient != EigenLayerCore.DefaultBurnAddress;
        if (redistributing) _redistributionRecipients.Set(set, recipient);
        foreach (var strategy in p.Strategies) AddStrategy(set, strategy, redistributing);
        UpdateSlasher(set, p.Slasher ?? avs, instant: true);
    }

    /// <summary><c>addStrategiesToOperatorSet(avs, id, strategies)</c>.</summary>
    public void AddStrategiesToOperatorSet(Address caller, Address avs, uint operatorSetId, IReadOnlyList<Address> strategies)
    {
        using var tx = Journal.Begin();
        RequireCanCall(avs, caller, "addStrategiesToOperatorSet");
        var set = new OperatorSet(avs, operatorSetId);
        RequireOperatorSet(set);
        var redistributing = IsRedistributingOperatorSet(set);
        foreach (var strategy in strategies) AddStrategy(set, strategy, redistributing);
        tx.Commit();
    }

    /// <summary><c>removeStrategiesFromOperatorSet(avs, id, strategies)</c>.</summary>
    public void RemoveStrategiesFromOperatorSet(Address caller, Address avs, uint operatorSetId, IReadOnlyList<Address> strategies)
    {
        using var tx = Journal.Begin();
        RequireCanCall(avs, caller, "removeStrategiesFromOperatorSet");
        var set = new OperatorSet(avs, operatorSetId);
        RequireOperatorSet(set);
        foreach (var strategy in strategies)
        {
            var left = CowArray.Remove(_setStrategies[set], strategy) ?? throw new RevertException(Errors.StrategyNotInOperatorSet);
            _setStrategies.Set(set, left);
        }

        tx.Commit();
    }

    private void AddStrategy(OperatorSet set, Address strategy, bool redistributing)
    {
        if (redistributing && strategy == EigenLayerCore.BeaconChainEthStrategy) throw new RevertException(Errors.InvalidStrategy);
        var added = CowArray.Add(_setStrategies[set], strategy) ?? throw new RevertException(Errors.StrategyAlreadyInOperatorSet);
        _setStrategies.Set(set, added);
    }

    /// <summary><c>updateSlasher(operatorSet, slasher)</c>: takes effect after <c>SLASHER_CONFIGURATION_DELAY + 1</c> blocks.</summary>
    public void UpdateSlasher(Address caller, OperatorSet operatorSet, Address slasher)
    {
        using var tx = Journal.Begin();
        RequireCanCall(operatorSet.Avs, caller, "updateSlasher");
        RequireOperatorSet(operatorSet);
        if (_slashers[operatorSet].Slasher.IsZero) throw new RevertException(Errors.SlasherNotSet);
        UpdateSlasher(operatorSet, slasher, instant: false);
        tx.Commit();
    }

    private void UpdateSlasher(OperatorSet set, Address slasher, bool instant)
    {
        if (slasher.IsZero) throw new RevertException(Errors.InputAddressZero);
        var p = _slashers[set];
        if (p.EffectBlock != 0 && Block >= p.EffectBlock) p = p with { Slasher = p.PendingSlasher };
        if (!instant && p.PendingSlasher == slasher && Block < p.EffectBlock) return;
        p = instant
            ? new SlasherParams(slasher, slasher, Block)
            : p with { PendingSlasher = slasher, EffectBlock = Block + Core.Config.SlasherConfigurationDelay + 1 };
        _slashers.Set(set, p);
    }

    // ---- Registration ----------------------------------------------------------------------------------------

    /// <summary><c>registerForOperatorSets(operator, {avs, operatorSetIds, data})</c>.</summary>
    public void RegisterForOperatorSets(Address caller, Address @operator, Address avs, IReadOnlyList<uint> operatorSetIds)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedRegistration);
        RequireCanCall(@operator, caller, "registerForOperatorSets");
        if (!Core.DelegationManager.IsOperator(@operator)) throw new RevertException(Errors.InvalidOperator);
        foreach (var id in operatorSetIds)
        {
            var set = new OperatorSet(avs, id);
            RequireOperatorSet(set);
            if (IsOperatorSlashable(@operator, set)) throw new RevertException(Errors.AlreadyMemberOfSet);
            var sets = CowArray.Add(_registeredSets[@operator], set);
            if (sets is not null) _registeredSets.Set(@operator, sets);
            _setMembers.Add(set, @operator);
            var status = _registrationStatus[(@operator, set)];
            _registrationStatus.Set((@operator, set), status with { Registered = true });
        }

        Core.ResolveRegistrar(GetAVSRegistrar(avs)).RegisterOperator(@operator, avs, operatorSetIds);
        tx.Commit();
    }

    /// <summary><c>deregisterFromOperatorSets({operator, avs, operatorSetIds})</c>: by the operator or the AVS.</summary>
    public void DeregisterFromOperatorSets(Address caller, Address @operator, Address avs, IReadOnlyList<uint> operatorSetIds)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedRegistration);
        if (!CanCall(@operator, caller, "deregisterFromOperatorSets") && !CanCall(avs, caller, "deregisterFromOperatorSets"))
            throw new RevertException(Errors.InvalidCaller);
        foreach (var id in operatorSetIds)
        {
            var set = new OperatorSet(avs, id);
            RequireOperatorSet(set);
            var sets = CowArray.Remove(_registeredSets[@operator], set) ?? throw new RevertException(Errors.NotMemberOfSet);
            _registeredSets.Set(@operator, sets);
            _setMembers.Remove(set, @operator);
            _registrationStatus.Set((@operator, set), new RegistrationStatus(false, Block + Core.Config.DeallocationDelay));
        }

        Core.ResolveRegistrar(GetAVSRegistrar(avs)).DeregisterOperator(@operator, avs, operatorSetIds);
        tx.Commit();
    }

    // ---- Allocation delay --------------------------------------------------------------------------------------

    /// <summary>
    /// <c>setAllocationDelay(operator, delay)</c>. Called by the DelegationManager at operator registration the delay
    /// applies at once; otherwise it applies at <c>block + ALLOCATION_CONFIGURATION_DELAY + 1</c>.
    /// </summary>
    public void SetAllocationDelay(Address caller, Address @operator, uint delay)
    {
        using var tx = Journal.Begin();
        var newlyRegistered = caller == Core.DelegationManager.Self;
        if (!newlyRegistered)
        {
            RequireCanCall(@operator, caller, "setAllocationDelay");
            if (!Core.DelegationManager.IsOperator(@operator)) throw new RevertException(Errors.InvalidOperator);
        }

        var info = _allocationDelayInfo[@operator];
        if (info.EffectBlock != 0 && Block >= info.EffectBlock) info = info with { Delay = info.PendingDelay, IsSet = true };
        info = info with { PendingDelay = delay };
        info = newlyRegistered
            ? info with { Delay = delay, IsSet = true, EffectBlock = Block }
            : info with { EffectBlock = Block + Core.Config.AllocationConfigurationDelay + 1 };
        _allocationDelayInfo.Set(@operator, info);
        tx.Commit();
    }

    private void RequireOperatorSet(OperatorSet set)
    {
        if (!IsOperatorSet(set)) throw new RevertException(Errors.InvalidOperatorSet);
    }
}
