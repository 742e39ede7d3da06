using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

public sealed partial class RewardsCoordinator
{
    private const ushort SplitNeverSet = 0xFFFF;

    private readonly JournaledCell<ulong> _activationDelay;
    private readonly JournaledCell<ushort> _defaultSplitBips;
    private readonly JournaledMap<(Address Operator, Address Avs), OperatorSplit> _avsSplits;
    private readonly JournaledMap<Address, OperatorSplit> _piSplits;
    private readonly JournaledMap<(Address Operator, OperatorSet Set), OperatorSplit> _setSplits;
    private readonly JournaledList<DistributionRoot> _roots;
    private readonly JournaledCell<ulong> _currCalculationEnd;
    private readonly JournaledMap<Address, Address> _claimerFor;
    private readonly JournaledMap<(Address Earner, Address Token), UInt256> _cumulativeClaimed;

    /// <summary><c>activationDelay</c> (seconds).</summary>
    public ulong ActivationDelay => _activationDelay.Value;

    /// <summary><c>defaultOperatorSplitBips</c>.</summary>
    public ushort DefaultOperatorSplitBips => _defaultSplitBips.Value;

    /// <summary>The distribution roots in submission order.</summary>
    public IReadOnlyList<DistributionRoot> DistributionRoots => _roots.Items;

    /// <summary><c>currRewardsCalculationEndTimestamp</c>.</summary>
    public ulong CurrRewardsCalculationEndTimestamp => _currCalculationEnd.Value;

    /// <summary><c>claimerFor(earner)</c>.</summary>
    public Address ClaimerFor(Address earner) => _claimerFor[earner];

    /// <summary><c>cumulativeClaimed(earner, token)</c>.</summary>
    public UInt256 CumulativeClaimed(Address earner, Address token) => _cumulativeClaimed[(earner, token)];

    /// <summary><c>setActivationDelay</c> (owner).</summary>
    public void SetActivationDelay(Address caller, ulong delay)
    {
        using var tx = Journal.Begin();
        RequireOwner(caller);
        _activationDelay.Set(delay);
        tx.Commit();
    }

    /// <summary><c>setDefaultOperatorSplit</c> (owner); read live by operators that never set a split.</summary>
    public void SetDefaultOperatorSplit(Address caller, ushort bips)
    {
        using var tx = Journal.Begin();
        RequireOwner(caller);
        if (bips > OneHundredInBips) throw new RevertException(Errors.SplitExceedsMax);
        _defaultSplitBips.Set(bips);
        tx.Commit();
    }

    /// <summary><c>setOperatorAVSSplit(operator, avs, bips)</c>. Pause bit 6.</summary>
    public void SetOperatorAVSSplit(Address caller, Address @operator, Address avs, ushort bips)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(6);
        RequireCanCall(@operator, caller, "setOperatorAVSSplit");
        _avsSplits.Set((@operator, avs), NextSplit(_avsSplits.TryGet((@operator, avs), out var s) ? s : null, bips));
        tx.Commit();
    }

    /// <summary><c>setOperatorPISplit(operator, bips)</c>. Pause bit 7.</summary>
    public void SetOperatorPISplit(Address caller, Address @operator, ushort bips)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(7);
        RequireCanCall(@operator, caller, "setOperatorPISplit");
        _piSplits.Set(@operator, NextSplit(_piSplits.TryGet(@operator, out var s) ? s : null, bips));
        tx.Commit();
    }

    /// <summary><c>setOperatorSetSplit(operator, set, bips)</c>: the set must exist. Pause bit 8.</summary>
    public void SetOperatorSetSplit(Address caller, Address @operator, OperatorSet set, ushort bips)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(8);
        RequireCanCall(@operator, caller, "setOperatorSetSplit");
        if (!Core.AllocationManager.IsOperatorSet(set)) throw new RevertException(Errors.InvalidOperatorSet);
        _setSplits.Set((@operator, set), NextSplit(_setSplits.TryGet((@operator, set), out var s) ? s : null, bips));
        tx.Commit();
    }

    /// <summary><c>getOperatorAVSSplit</c>.</summary>
    public ushort GetOperatorAVSSplit(Address @operator, Address avs) =>
        SplitValue(_avsSplits.TryGet((@operator, avs), out var s) ? s : null);

    /// <summary><c>getOperatorPISplit</c>.</summary>
    public ushort GetOperatorPISplit(Address @operator) => SplitValue(_piSplits.TryGet(@operator, out var s) ? s : null);

    /// <summary><c>getOperatorSetSplit</c>.</summary>
    public ushort GetOperatorSetSplit(Address @operator, OperatorSet set) =>
        SplitValue(_setSplits.TryGet((@operator, set), out var s) ? s : null);

    private OperatorSplit NextSplit(OperatorSplit? current, ushort bips)
    {
        if (bips > OneHundredInBips) throw new RevertException(Errors.SplitExceedsMax);
        var now = Core.Timestamp;
        if (current is { } c && !(now > c.ActivatedAt)) throw new RevertException(Errors.PreviousSplitPending);
        var old = current is { } prev ? prev.NewSplitBips : SplitNeverSet;
        return new OperatorSplit(old, bips, now + _activationDelay.Value);
    }

    private ushort SplitValue(OperatorSplit? split)
    {
        if (split is not { } s || (s.OldSplitBips == SplitNeverSet && Core.Timestamp < s.ActivatedAt)) return _defaultSplitBips.Value;
        return Core.Timestamp >= s.ActivatedAt ? s.NewSplitBips : s.OldSplitBips;
    }

    /// <summary><c>submitRoot(root, rewardsCalculationEndTimestamp)</c> (rewards updater). Pause bit 3.</summary>
    public void SubmitRoot(Address caller, IReadOnlyDictionary<(Address Earner, Address Token), UInt256> cumulativeEarnings, ulong calculationEndTimestamp)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(3);
        if (caller != Core.Owner) throw new RevertException(Errors.UnauthorizedCaller);
        if (calculationEndTimestamp <= _currCalculationEnd.Value) throw new RevertException(Errors.NewRootMustBeForNewCalculatedPeriod);
        if (calculationEndTimestamp >= Core.Timestamp) throw new RevertException(Errors.RewardsEndTimestampNotElapsed);
        var root = new DistributionRoot(new Dictionary<(Address, Address), UInt256>(cumulativeEarnings), calculationEndTimestamp,
            Core.Timestamp + _activationDelay.Value, false);
        _roots.Add(root);
        _currCalculationEnd.Set(calculationEndTimestamp);
        tx.Commit();
    }

    /// <summary><c>disableRoot(index)</c> (rewards updater): only before activation. Pause bit 3.</summary>
    public void DisableRoot(Address caller, uint rootIndex)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(3);
        if (caller != Core.Owner) throw new RevertException(Errors.UnauthorizedCaller);
        var roots = _roots.Items;
        if (rootIndex >= roots.Count) throw new RevertException(Errors.InvalidRootIndex);
        var root = roots[(int)rootIndex];
        if (root.Disabled) throw new RevertException(Errors.RootDisabled);
        if (Core.Timestamp >= root.ActivatedAt) throw new RevertException(Errors.RootAlreadyActivated);
        _roots.Replace((int)rootIndex, root with { Disabled = true });
        tx.Commit();
    }

    /// <summary><c>setClaimerFor(claimer)</c>: the caller sets its own claimer.</summary>
    public void SetClaimerFor(Address caller, Address claimer)
    {
        using var tx = Journal.Begin();
        _claimerFor.Set(caller, claimer);
        tx.Commit();
    }

    /// <summary><c>setClaimerFor(earner, claimer)</c>: auth(earner); the earner must be an operator or an AVS with a set.</summary>
    public void SetClaimerFor(Address caller, Address earner, Address claimer)
    {
        using var tx = Journal.Begin();
        RequireCanCall(earner, caller, "setClaimerFor");
        if (!Core.DelegationManager.IsOperator(earner) && Core.AllocationManager.GetOperatorSetIds(earner).Count == 0)
            throw new RevertException(Errors.InvalidEarner);
        _claimerFor.Set(earner, claimer);
        tx.Commit();
    }

    /// <summary>
    /// <c>processClaim(claim, recipient)</c>: the root must be active and enabled and contain each leaf; pays the
    /// increase of each token's cumulative earnings over what was claimed. Pause bit 2.
    /// </summary>
    public IReadOnlyList<UInt256> ProcessClaim(Address caller, RewardsClaim claim, Address recipient)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(2);
        var roots = _roots.Items;
        if (claim.RootIndex >= roots.Count) throw new RevertException("Panic(0x32)");
        var root = roots[(int)claim.RootIndex];
        if (root.Disabled) throw new RevertException(Errors.RootDisabled);
        if (Core.Timestamp < root.ActivatedAt) throw new RevertException(Errors.RootNotActivated);
        foreach (var (token, cumulative) in claim.TokenLeaves)
        {
            if (!root.CumulativeEarnings.TryGetValue((claim.Earner, token), out var inRoot) || inRoot != cumulative)
                throw new RevertException(Errors.InvalidClaimProof);
        }

        var claimer = _claimerFor[claim.Earner];
        if (claimer.IsZero) claimer = claim.Earner;
        if (caller != claimer) throw new RevertException(Errors.UnauthorizedCaller);
        var paid = new UInt256[claim.TokenLeaves.Count];
        for (var i = 0; i < paid.Length; i++)
        {
            var (token, cumulative) = claim.TokenLeaves[i];
            var claimed = _cumulativeClaimed[(claim.Earner, token)];
            if (cumulative <= claimed) throw new RevertException(Errors.EarningsNotGreaterThanClaimed);
            paid[i] = cumulative - claimed;
            _cumulativeClaimed.Set((claim.Earner, token), cumulative);
            Core.Tokens.Transfer(token, Self, recipient, paid[i]);
        }

        tx.Commit();
        return paid;
    }
}
