using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// DelegationManager: operators, delegation, deposit scaling factors, operator shares, the withdrawal queue with its
/// cumulative scaled-shares history, and share slashing. Pause bits: 0 new delegation, 1 enter queue, 2 exit queue.
/// </summary>
public sealed partial class DelegationManager : CoreContract
{
    /// <summary>Pause bit of delegation (and operator registration).</summary>
    public const int PausedNewDelegation = 0;

    /// <summary>Pause bit of <c>queueWithdrawals</c> and <c>undelegate</c>.</summary>
    public const int PausedEnterWithdrawalQueue = 1;

    /// <summary>Pause bit of withdrawal completion.</summary>
    public const int PausedExitWithdrawalQueue = 2;

    private readonly JournaledMap<Address, Address> _delegatedTo;
    private readonly JournaledMap<Address, Address> _delegationApprover;
    private readonly JournaledMap<(Address Operator, Address Strategy), UInt256> _operatorShares;
    private readonly JournaledMap<(Address Staker, Address Strategy), UInt256> _depositScalingFactor;
    private readonly JournaledMap<(Address Approver, UInt256 Salt), bool> _saltSpent;

    internal DelegationManager(EigenLayerCore core, Address self) : base(core, self)
    {
        var j = core.Journal;
        _delegatedTo = new(j);
        _delegationApprover = new(j);
        _operatorShares = new(j);
        _depositScalingFactor = new(j);
        _saltSpent = new(j);
        _queued = new(j);
        _queuedNonces = new(j);
        _cumulativeWithdrawalsQueued = new(j);
    }

    /// <summary><c>delegatedTo(staker)</c> (zero when undelegated).</summary>
    public Address DelegatedTo(Address staker) => _delegatedTo[staker];

    /// <summary><c>isDelegated</c>.</summary>
    public bool IsDelegated(Address staker) => !_delegatedTo[staker].IsZero;

    /// <summary><c>isOperator</c>.</summary>
    public bool IsOperator(Address @operator) => !@operator.IsZero && _delegatedTo[@operator] == @operator;

    /// <summary><c>delegationApprover(operator)</c>.</summary>
    public Address DelegationApprover(Address @operator) => _delegationApprover[@operator];

    /// <summary><c>operatorShares(operator, strategy)</c>.</summary>
    public UInt256 OperatorShares(Address @operator, Address strategy) => _operatorShares[(@operator, strategy)];

    /// <summary><c>depositScalingFactor(staker, strategy)</c> (WAD when unset).</summary>
    public UInt256 DepositScalingFactor(Address staker, Address strategy) =>
        SlashingLib.ScalingFactor(_depositScalingFactor[(staker, strategy)]);

    /// <summary><c>delegationApproverSaltIsSpent</c>.</summary>
    public bool DelegationApproverSaltIsSpent(Address approver, UInt256 salt) => _saltSpent[(approver, salt)];

    // ---- Operators and delegation -------------------------------------------------------------------------------

    /// <summary>
    /// <c>registerAsOperator(approver, allocationDelay, metadataURI)</c>: sets the allocation delay (effective at once)
    /// and self-delegates.
    /// </summary>
    public void RegisterAsOperator(Address caller, Address delegationApprover, uint allocationDelay, string metadataUri)
    {
        using var tx = Journal.Begin();
        if (IsDelegated(caller)) throw new RevertException(Errors.ActivelyDelegated);
        Core.AllocationManager.SetAllocationDelay(Self, caller, allocationDelay);
        _delegationApprover.Set(caller, delegationApprover);
        Delegate(caller, caller);
        tx.Commit();
    }

    /// <summary><c>modifyOperatorDetails(operator, newDelegationApprover)</c>.</summary>
    public void ModifyOperatorDetails(Address caller, Address @operator, Address newDelegationApprover)
    {
        using var tx = Journal.Begin();
        RequireCanCall(@operator, caller, "modifyOperatorDetails");
        if (!IsOperator(@operator)) throw new RevertException(Errors.OperatorNotRegistered);
        _delegationApprover.Set(@operator, newDelegationApprover);
        tx.Commit();
    }

    /// <summary><c>updateOperatorMetadataURI(operator, uri)</c> (event only).</summary>
    public void UpdateOperatorMetadataURI(Address caller, Address @operator, string metadataUri)
    {
        using var tx = Journal.Begin();
        RequireCanCall(@operator, caller, "updateOperatorMetadataURI");
        if (!IsOperator(@operator)) throw new RevertException(Errors.OperatorNotRegistered);
        tx.Commit();
    }

    /// <summary>
    /// <c>delegateTo(operator, approverSignature, salt)</c>. When the operator has an approver, the approval must be
    /// signed by it, unexpired, and the salt unspent.
    /// </summary>
    public void DelegateTo(Address caller, Address @operator, ApproverSignature? approval = null, UInt256 salt = default)
    {
        using var tx = Journal.Begin();
        if (IsDelegated(caller)) throw new RevertException(Errors.ActivelyDelegated);
        if (!IsOperator(@operator)) throw new RevertException(Errors.OperatorNotRegistered);
        var approver = _delegationApprover[@operator];
        if (!approver.IsZero)
        {
            if (_saltSpent[(approver, salt)]) throw new RevertException(Errors.SaltSpent);
            _saltSpent.Set((approver, salt), true);
            if (approval is null || approval.Expiry < Core.Timestamp)
                throw new RevertException(approval is null ? Errors.InvalidSignature : Errors.SignatureExpired);
            if (approval.Signer != approver) throw new RevertException(Errors.InvalidSignature);
        }

        Delegate(caller, @operator);
        tx.Commit();
    }

    /// <summary>
    /// <c>undelegate(staker)</c>: by the staker, the operator (or its appointee) or the operator's approver. Queues one
    /// withdrawal per strategy for all deposit shares.
    /// </summary>
    public IReadOnlyList<QueuedWithdrawal> Undelegate(Address caller, Address staker)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedEnterWithdrawalQueue);
        if (!IsDelegated(staker)) throw new RevertException(Errors.NotActivelyDelegated);
        if (IsOperator(staker)) throw new RevertException(Errors.OperatorsCannotUndelegate);
        var @operator = _delegatedTo[staker];
        if (caller != staker && !CanCall(@operator, caller, "undelegate") && caller != _delegationApprover[@operator])
            throw new RevertException(Errors.CallerCannotUndelegate);
        var queued = UndelegateInternal(staker, @operator);
        tx.Commit();
        return queued;
    }

    /// <summary><c>redelegate(newOperator, signature, salt)</c> = undelegate(caller) then delegateTo, atomically.</summary>
    public IReadOnlyList<QueuedWithdrawal> Redelegate(Address caller, Address newOperator, ApproverSignature? approval = null, UInt256 salt = default)
    {
        using var tx = Journal.Begin();
        var queued = Undelegate(caller, caller);
        DelegateTo(caller, newOperator, approval, salt);
        tx.Commit();
        return queued;
    }

    private IReadOnlyList<QueuedWithdrawal> UndelegateInternal(Address staker, Address @operator)
    {
        var (strategies, shares) = GetDepositedShares(staker);
        _delegatedTo.Set(staker, Address.Zero);
        if (strategies.Count == 0) return [];
        var factors = SlashingFactors(staker, @operator, strategies);
        var result = new QueuedWithdrawal[strategies.Count];
        for (var i = 0; i < strategies.Count; i++)
            result[i] = RemoveSharesAndQueueWithdrawal(staker, @operator, [strategies[i]], [shares[i]], [factors[i]]);
        return result;
    }

    private void Delegate(Address staker, Address @operator)
    {
        RequireNotPaused(PausedNewDelegation);
        var (strategies, shares) = GetDepositedShares(staker);
        var factors = SlashingFactors(Address.Zero, @operator, strategies);
        _delegatedTo.Set(staker, @operator);
        for (var i = 0; i < strategies.Count; i++)
        {
            var added = shares[i];
            if (strategies[i] == EigenLayerCore.BeaconChainEthStrategy)
            {
                added = SlashingLib.CalcWithdrawable(added, _depositScalingFactor[(staker, strategies[i])],
                    Core.EigenPodManager.BeaconChainSlashingFactor(staker));
            }

            IncreaseDelegation(@operator, staker, strategies[i], UInt256.Zero, added, factors[i]);
        }
    }

    // ---- Share hooks -----------------------------------------------------------------------------------------------

    /// <summary><c>increaseDelegatedShares</c> (StrategyManager or EigenPodManager only).</summary>
    public void IncreaseDelegatedShares(Address caller, Address staker, Address strategy, UInt256 prevDepositShares, UInt256 addedShares)
    {
        using var tx = Journal.Begin();
        if (caller != Core.StrategyManager.Self && caller != Core.EigenPodManager.Self)
            throw new RevertException(Errors.OnlyStrategyManagerOrEigenPodManager);
        var @operator = _delegatedTo[staker];
        IncreaseDelegation(@operator, staker, strategy, prevDepositShares, addedShares, SlashingFactor(staker, @operator, strategy));
        tx.Commit();
    }

    /// <summary>
    /// <c>decreaseDelegatedShares(staker, curDepositShares, beaconChainSlashingFactorDecrease)</c> (EigenPodManager
    /// only): the operator loses <c>mulWad(mulWad(s, k), mulWad(m, dec))</c> beacon shares.
    /// </summary>
    public void DecreaseDelegatedShares(Address caller, Address staker, UInt256 curDepositShares, ulong beaconChainSlashingFactorDecrease)
    {
        using var tx = Journal.Begin();
        if (caller != Core.EigenPodManager.Self) throw new RevertException(Errors.OnlyEigenPodManager);
        var @operator = _delegatedTo[staker];
        if (!@operator.IsZero)
        {
            var strategy = EigenLayerCore.BeaconChainEthStrategy;
            var m = Core.AllocationManager.GetMaxMagnitude(@operator, strategy);
            var scaled = Wad.MulWad(curDepositShares, DepositScalingFactor(staker, strategy));
            var remove = Wad.MulWad(scaled, Wad.MulWad(m, beaconChainSlashingFactorDecrease));
            _operatorShares.Decrease((@operator, strategy), remove);
        }

        tx.Commit();
    }

    private void IncreaseDelegation(Address @operator, Address staker, Address strategy, UInt256 prevDepositShares, UInt256 addedShares, UInt256 slashingFactor)
    {
        if (slashingFactor.IsZero) throw new RevertException(Errors.FullySlashed);
        if (addedShares.IsZero) return;
        _depositScalingFactor.Update((staker, strategy), (prevDepositShares, addedShares, slashingFactor),
            static (k, a) => SlashingLib.UpdateDepositScalingFactor(k, a.prevDepositShares, a.addedShares, a.slashingFactor));
        if (!@operator.IsZero) _operatorShares.Increase((@operator, strategy), addedShares);
    }

    private void DecreaseDelegation(Address @operator, Address strategy, UInt256 shares) =>
        _operatorShares.Decrease((@operator, strategy), shares);

    // ---- Helpers -------------------------------------------------------------------------------------------------------

    /// <summary><c>getDepositedShares(staker)</c>: StrategyManager strategies in list order, then beacon ETH if positive.</summary>
    public (IReadOnlyList<Address> Strategies, IReadOnlyList<UInt256> Shares) GetDepositedShares(Address staker)
    {
        var list = Core.StrategyManager.StakerStrategyList(staker);
        var beacon = Core.EigenPodManager.StakerDepositShares(staker, EigenLayerCore.BeaconChainEthStrategy);
        var n = list.Count + (beacon.IsZero ? 0 : 1);
        var strategies = new Address[n];
        var shares = new UInt256[n];
        for (var i = 0; i < list.Count; i++)
        {
            strategies[i] = list[i];
            shares[i] = Core.StrategyManager.StakerDepositShares(staker, list[i]);
        }

        if (!beacon.IsZero)
        {
            strategies[^1] = EigenLayerCore.BeaconChainEthStrategy;
            shares[^1] = beacon;
        }

        return (strategies, shares);
    }

    /// <summary>The slashing factor of <paramref name="staker"/> under <paramref name="operator"/>: m, or mulWad(m, l) for beacon ETH.</summary>
    public UInt256 SlashingFactor(Address staker, Address @operator, Address strategy)
    {
        UInt256 m = Core.AllocationManager.GetMaxMagnitude(@operator, strategy);
        return strategy == EigenLayerCore.BeaconChainEthStrategy
            ? SlashingLib.BeaconSlashingFactor(m, Core.EigenPodManager.BeaconChainSlashingFactor(staker))
            : m;
    }

    private UInt256 SlashingFactorAtBlock(Address staker, Address @operator, Address strategy, long block)
    {
        UInt256 m = Core.AllocationManager.GetMaxMagnitudeAtBlock(@operator, strategy, block);
        return strategy == EigenLayerCore.BeaconChainEthStrategy
            ? SlashingLib.BeaconSlashingFactor(m, Core.EigenPodManager.BeaconChainSlashingFactor(staker))
            : m;
    }

    private UInt256[] SlashingFactors(Address staker, Address @operator, IReadOnlyList<Address> strategies)
    {
        var f = new UInt256[strategies.Count];
        for (var i = 0; i < f.Length; i++) f[i] = SlashingFactor(staker, @operator, strategies[i]);
        return f;
    }

    private IShareManager ShareManager(Address strategy) =>
        strategy == EigenLayerCore.BeaconChainEthStrategy ? Core.EigenPodManager : Core.StrategyManager;
}
