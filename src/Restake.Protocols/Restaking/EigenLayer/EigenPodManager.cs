using System.Numerics;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// EigenPodManager share accounting for native ETH: signed deposit shares per pod owner, the beacon chain slashing
/// factor, burnable ETH shares and each pod's restaked execution-layer gwei. Beacon-chain proofs are not verified:
/// balance updates are explicit calls (by the owner's pod, or by the owner for a checkpoint/credential summary).
/// </summary>
public sealed class EigenPodManager : CoreContract, IShareManager
{
    /// <summary>Pause bit of pod creation and staking.</summary>
    public const int PausedNewEigenPods = 0;

    /// <summary>Pause bit of credential verification.</summary>
    public const int PausedVerifyCredentials = 2;

    /// <summary>Pause bit of checkpoint proofs.</summary>
    public const int PausedVerifyCheckpointProofs = 7;

    /// <summary>1e9 wei per gwei.</summary>
    public static readonly UInt256 GweiToWei = 1_000_000_000UL;

    private readonly JournaledMap<Address, BigInteger> _depositShares;
    private readonly JournaledMap<Address, (ulong Factor, bool IsSet)> _bcsf;
    private readonly JournaledCell<UInt256> _burnableEthShares;
    private readonly JournaledMap<Address, Address> _ownerToPod;
    private readonly JournaledCell<UInt256> _numPods;
    private readonly JournaledMap<Address, ulong> _restakedGwei;

    internal EigenPodManager(EigenLayerCore core, Address self) : base(core, self)
    {
        var j = core.Journal;
        _depositShares = new(j);
        _bcsf = new(j);
        _burnableEthShares = new(j);
        _ownerToPod = new(j);
        _numPods = new(j);
        _restakedGwei = new(j);
    }

    /// <summary><c>podOwnerDepositShares</c> (int256; negative only for legacy states).</summary>
    public BigInteger PodOwnerDepositShares(Address owner) => _depositShares[owner];

    /// <summary><c>beaconChainSlashingFactor(owner)</c>: WAD until first reduced.</summary>
    public ulong BeaconChainSlashingFactor(Address owner)
    {
        var f = _bcsf[owner];
        return f.IsSet ? f.Factor : (ulong)SlashingLib.WAD;
    }

    /// <summary><c>burnableETHShares</c>.</summary>
    public UInt256 BurnableEthShares => _burnableEthShares.Value;

    /// <summary><c>numPods</c>.</summary>
    public UInt256 NumPods => _numPods.Value;

    /// <summary><c>ownerToPod</c> (zero when no pod was created).</summary>
    public Address OwnerToPod(Address owner) => _ownerToPod[owner];

    /// <summary>The pod's <c>withdrawableRestakedExecutionLayerGwei</c>.</summary>
    public ulong RestakedExecutionLayerGwei(Address owner) => _restakedGwei[owner];

    /// <inheritdoc />
    public UInt256 StakerDepositShares(Address staker, Address strategy)
    {
        var s = _depositShares[staker];
        return s.Sign <= 0 ? UInt256.Zero : UInt256.FromBigInteger(s);
    }

    /// <summary><c>createPod()</c>: deploys the caller's pod at its deterministic address.</summary>
    public Address CreatePod(Address caller)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedNewEigenPods);
        if (!_ownerToPod[caller].IsZero) throw new RevertException(Errors.EigenPodAlreadyExists);
        var pod = EigenLayerCore.PodAddress(caller);
        _ownerToPod.Set(caller, pod);
        _numPods.Set(_numPods.Value + UInt256.One);
        tx.Commit();
        return pod;
    }

    /// <summary>
    /// <c>recordBeaconChainETHBalanceUpdate(owner, prevRestakedBalanceWei, balanceDeltaWei)</c> (the owner's pod only):
    /// a gain mints deposit shares; a loss lowers the beacon chain slashing factor by
    /// <c>l·(prev − loss)/prev</c> (floor) and the operator's shares accordingly.
    /// </summary>
    public void RecordBeaconChainETHBalanceUpdate(Address caller, Address podOwner, UInt256 prevRestakedBalanceWei, BigInteger balanceDeltaWei)
    {
        using var tx = Journal.Begin();
        if (podOwner.IsZero || _ownerToPod[podOwner] != caller) throw new RevertException(Errors.OnlyEigenPod);
        RecordBalanceUpdate(podOwner, prevRestakedBalanceWei, balanceDeltaWei);
        tx.Commit();
    }

    /// <summary>
    /// Credential verification reduced to its effect: the owner's validators with <paramref name="effectiveBalanceGwei"/>
    /// in total become restaked (a positive balance update from 0).
    /// </summary>
    public void VerifyWithdrawalCredentials(Address caller, ulong effectiveBalanceGwei)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedVerifyCredentials);
        if (_ownerToPod[caller].IsZero) throw new RevertException(Errors.OnlyEigenPod);
        RecordBalanceUpdate(caller, UInt256.Zero, (BigInteger)effectiveBalanceGwei * 1_000_000_000);
        tx.Commit();
    }

    /// <summary>
    /// A finalised checkpoint reduced to its effect: pod ETH not yet attributed (pod balance − restaked gwei) becomes
    /// restaked, and the owner is credited <c>podBalanceGwei + balanceDeltasGwei</c> against
    /// <c>restakedGwei + prevBeaconBalanceGwei</c>.
    /// </summary>
    public void VerifyCheckpoint(Address caller, ulong prevBeaconBalanceGwei, long balanceDeltasGwei)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedVerifyCheckpointProofs);
        var pod = _ownerToPod[caller];
        if (pod.IsZero) throw new RevertException(Errors.OnlyEigenPod);
        var restaked = _restakedGwei[caller];
        var podGwei = (ulong)(Core.Tokens.BalanceOf(Erc20Ledger.NativeEth, pod) / GweiToWei - restaked);
        var prevRestakedGwei = (BigInteger)restaked + prevBeaconBalanceGwei;
        var deltaGwei = (BigInteger)podGwei + balanceDeltasGwei;
        _restakedGwei.Set(caller, (ulong)((UInt256)restaked + podGwei));
        RecordBalanceUpdate(caller, UInt256.FromBigInteger(prevRestakedGwei * 1_000_000_000), deltaGwei * 1_000_000_000);
        tx.Commit();
    }

    private void RecordBalanceUpdate(Address podOwner, UInt256 prevRestakedBalanceWei, BigInteger deltaWei)
    {
        if (!(deltaWei % 1_000_000_000).IsZero) throw new RevertException(Errors.SharesNotMultipleOfGwei);
        var current = _depositShares[podOwner];
        if (current.Sign < 0) throw new RevertException(Errors.LegacyWithdrawalsNotCompleted);
        var beacon = EigenLayerCore.BeaconChainEthStrategy;
        if (deltaWei.Sign > 0)
        {
            var (prev, added) = AddSharesInternal(podOwner, UInt256.FromBigInteger(deltaWei));
            Core.DelegationManager.IncreaseDelegatedShares(Self, podOwner, beacon, prev, added);
        }
        else if (deltaWei.Sign < 0)
        {
            var decreased = UInt256.FromBigInteger(-deltaWei);
            var newBalance = prevRestakedBalanceWei - decreased;
            var prevFactor = BeaconChainSlashingFactor(podOwner);
            var newFactor = (ulong)UInt256.MulDiv(prevFactor, newBalance, prevRestakedBalanceWei, Rounding.Down);
            _bcsf.Set(podOwner, (newFactor, true));
            Core.DelegationManager.DecreaseDelegatedShares(Self, podOwner, UInt256.FromBigInteger(current), prevFactor - newFactor);
        }
    }

    /// <inheritdoc />
    public (UInt256 Prev, UInt256 Added) AddShares(Address caller, Address staker, Address strategy, UInt256 shares)
    {
        using var tx = Journal.Begin();
        RequireDelegationManager(caller);
        if (strategy != EigenLayerCore.BeaconChainEthStrategy) throw new RevertException(Errors.InvalidStrategy);
        var result = AddSharesInternal(staker, shares);
        tx.Commit();
        return result;
    }

    private (UInt256 Prev, UInt256 Added) AddSharesInternal(Address staker, UInt256 shares)
    {
        if (staker.IsZero) throw new RevertException(Errors.InputAddressZero);
        var prev = _depositShares[staker];
        var updated = prev + shares.ToBigInteger();
        _depositShares.Set(staker, updated);
        if (updated.Sign <= 0) return (UInt256.Zero, UInt256.Zero);
        return prev.Sign < 0 ? (UInt256.Zero, UInt256.FromBigInteger(updated)) : (UInt256.FromBigInteger(prev), shares);
    }

    /// <inheritdoc />
    public UInt256 RemoveDepositShares(Address caller, Address staker, Address strategy, UInt256 depositShares)
    {
        using var tx = Journal.Begin();
        RequireDelegationManager(caller);
        if (strategy != EigenLayerCore.BeaconChainEthStrategy) throw new RevertException(Errors.InvalidStrategy);
        var updated = _depositShares[staker] - depositShares.ToBigInteger();
        if (updated.Sign < 0) throw new RevertException(Errors.SharesNegative);
        _depositShares.Set(staker, updated);
        tx.Commit();
        return UInt256.FromBigInteger(updated);
    }

    /// <inheritdoc />
    public void WithdrawSharesAsTokens(Address caller, Address staker, Address strategy, Address token, UInt256 shares)
    {
        using var tx = Journal.Begin();
        RequireDelegationManager(caller);
        if (strategy != EigenLayerCore.BeaconChainEthStrategy) throw new RevertException(Errors.InvalidStrategy);
        if (staker.IsZero) throw new RevertException(Errors.InputAddressZero);
        if (shares.IsZero) throw new RevertException(Errors.SharesNegative);
        var current = _depositShares[staker];
        var toWithdraw = shares.ToBigInteger();
        if (current.Sign < 0)
        {
            var deficit = -current;
            var payoff = BigInteger.Min(toWithdraw, deficit);
            _depositShares.Set(staker, current + payoff);
            toWithdraw -= payoff;
        }

        if (toWithdraw.Sign > 0)
        {
            var amountGwei = (ulong)(UInt256.FromBigInteger(toWithdraw) / GweiToWei);
            var restaked = _restakedGwei[staker];
            if (amountGwei > restaked) throw new RevertException(Errors.InsufficientWithdrawableBalance);
            _restakedGwei.Set(staker, restaked - amountGwei);
            Core.Tokens.Transfer(Erc20Ledger.NativeEth, _ownerToPod[staker], staker, (UInt256)amountGwei * GweiToWei);
        }

        tx.Commit();
    }

    /// <inheritdoc />
    public void IncreaseBurnOrRedistributableShares(Address caller, OperatorSet operatorSet, UInt256 slashId, Address strategy, UInt256 shares)
    {
        using var tx = Journal.Begin();
        RequireDelegationManager(caller);
        _burnableEthShares.Set(_burnableEthShares.Value + shares);
        tx.Commit();
    }

    private void RequireDelegationManager(Address caller)
    {
        if (caller != Core.DelegationManager.Self) throw new RevertException(Errors.OnlyDelegationManager);
    }
}
