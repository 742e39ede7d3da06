using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// RewardsCoordinator on-chain bookkeeping: validated rewards submissions (escrowing tokens, with the protocol fee
/// for opted-in submitters), operator splits with an activation delay, distribution roots and cumulative claims.
/// Times are block timestamps in seconds.
/// </summary>
public sealed partial class RewardsCoordinator : CoreContract
{
    /// <summary><c>MAX_REWARDS_AMOUNT</c> = 1e38 − 1.</summary>
    public static readonly UInt256 MaxRewardsAmount = UInt256.Parse("99999999999999999999999999999999999999");

    /// <summary><c>ONE_HUNDRED_IN_BIPS</c>.</summary>
    public const ushort OneHundredInBips = 10_000;

    private readonly JournaledMap<Address, UInt256> _submissionNonce;
    private readonly JournaledMap<Address, bool> _rewardsForAllSubmitter;
    private readonly JournaledMap<Address, bool> _optedInForProtocolFee;
    private readonly JournaledCell<Address> _feeRecipient;
    private readonly JournaledList<RecordedSubmission> _submissions;

    internal RewardsCoordinator(EigenLayerCore core, Address self) : base(core, self)
    {
        var j = core.Journal;
        _submissionNonce = new(j);
        _rewardsForAllSubmitter = new(j);
        _optedInForProtocolFee = new(j);
        _feeRecipient = new(j, core.Owner);
        _submissions = new(j);
        _activationDelay = new(j, core.Config.ActivationDelay);
        _defaultSplitBips = new(j, core.Config.DefaultOperatorSplitBips);
        _avsSplits = new(j);
        _piSplits = new(j);
        _setSplits = new(j);
        _roots = new(j);
        _currCalculationEnd = new(j);
        _claimerFor = new(j);
        _cumulativeClaimed = new(j);
    }

    /// <summary>Every recorded submission in order.</summary>
    public IReadOnlyList<RecordedSubmission> Submissions => _submissions.Items;

    /// <summary><c>submissionNonce(avs)</c>.</summary>
    public UInt256 SubmissionNonce(Address avs) => _submissionNonce[avs];

    /// <summary><c>isOptedInForProtocolFee(submitter)</c>.</summary>
    public bool IsOptedInForProtocolFee(Address submitter) => _optedInForProtocolFee[submitter];

    /// <summary><c>feeRecipient</c>.</summary>
    public Address FeeRecipient => _feeRecipient.Value;

    /// <summary><c>setRewardsForAllSubmitter</c> (owner).</summary>
    public void SetRewardsForAllSubmitter(Address caller, Address submitter, bool value)
    {
        using var tx = Journal.Begin();
        RequireOwner(caller);
        _rewardsForAllSubmitter.Set(submitter, value);
        tx.Commit();
    }

    /// <summary><c>setFeeRecipient</c> (owner).</summary>
    public void SetFeeRecipient(Address caller, Address recipient)
    {
        using var tx = Journal.Begin();
        RequireOwner(caller);
        if (recipient.IsZero) throw new RevertException(Errors.InvalidAddressZero);
        _feeRecipient.Set(recipient);
        tx.Commit();
    }

    /// <summary><c>setOptInForProtocolFee(submitter, optIn)</c> (auth(submitter)).</summary>
    public void SetOptInForProtocolFee(Address caller, Address submitter, bool optIn)
    {
        using var tx = Journal.Begin();
        RequireCanCall(submitter, caller, "setOptInForProtocolFee");
        _optedInForProtocolFee.Set(submitter, optIn);
        tx.Commit();
    }

    /// <summary><c>createAVSRewardsSubmission(subs)</c>: the caller is the AVS. Pause bit 0.</summary>
    public void CreateAVSRewardsSubmission(Address caller, IReadOnlyList<RewardsSubmission> submissions)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(0);
        foreach (var s in submissions) SubmitAmount(caller, caller, RewardsSubmissionKind.Avs, null, s);
        tx.Commit();
    }

    /// <summary><c>createRewardsForAllSubmission(subs)</c>: rewards-for-all submitters only. Pause bit 1.</summary>
    public void CreateRewardsForAllSubmission(Address caller, IReadOnlyList<RewardsSubmission> submissions)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(1);
        if (!_rewardsForAllSubmitter[caller]) throw new RevertException(Errors.UnauthorizedCaller);
        foreach (var s in submissions) SubmitAmount(caller, caller, RewardsSubmissionKind.RewardsForAll, null, s);
        tx.Commit();
    }

    /// <summary><c>createRewardsForAllEarners(subs)</c>: rewards-for-all submitters only. Pause bit 4.</summary>
    public void CreateRewardsForAllEarners(Address caller, IReadOnlyList<RewardsSubmission> submissions)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(4);
        if (!_rewardsForAllSubmitter[caller]) throw new RevertException(Errors.UnauthorizedCaller);
        foreach (var s in submissions) SubmitAmount(caller, caller, RewardsSubmissionKind.RewardsForAllEarners, null, s);
        tx.Commit();
    }

    /// <summary><c>createUniqueStakeRewardsSubmission(set, subs)</c>: auth(set.avs), set must exist. Pause bit 10.</summary>
    public void CreateUniqueStakeRewardsSubmission(Address caller, OperatorSet set, IReadOnlyList<RewardsSubmission> submissions) =>
        SubmitForSet(caller, set, submissions, RewardsSubmissionKind.UniqueStake, 10, "createUniqueStakeRewardsSubmission");

    /// <summary><c>createTotalStakeRewardsSubmission(set, subs)</c>: auth(set.avs), set must exist. Pause bit 11.</summary>
    public void CreateTotalStakeRewardsSubmission(Address caller, OperatorSet set, IReadOnlyList<RewardsSubmission> submissions) =>
        SubmitForSet(caller, set, submissions, RewardsSubmissionKind.TotalStake, 11, "createTotalStakeRewardsSubmission");

    private void SubmitForSet(Address caller, OperatorSet set, IReadOnlyList<RewardsSubmission> submissions, RewardsSubmissionKind kind, int bit, string selector)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(bit);
        RequireCanCall(set.Avs, caller, selector);
        if (!Core.AllocationManager.IsOperatorSet(set)) throw new RevertException(Errors.InvalidOperatorSet);
        foreach (var s in submissions) SubmitAmount(caller, set.Avs, kind, set, s);
        tx.Commit();
    }

    /// <summary><c>createOperatorDirectedAVSRewardsSubmission(avs, subs)</c>: auth(avs). Pause bit 5.</summary>
    public void CreateOperatorDirectedAVSRewardsSubmission(Address caller, Address avs, IReadOnlyList<OperatorDirectedRewardsSubmission> submissions)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(5);
        RequireCanCall(avs, caller, "createOperatorDirectedAVSRewardsSubmission");
        foreach (var s in submissions) SubmitOperatorDirected(caller, avs, RewardsSubmissionKind.OperatorDirectedAvs, null, s);
        tx.Commit();
    }

    /// <summary><c>createOperatorDirectedOperatorSetRewardsSubmission(set, subs)</c>: auth(set.avs), set must exist. Pause bit 9.</summary>
    public void CreateOperatorDirectedOperatorSetRewardsSubmission(Address caller, OperatorSet set, IReadOnlyList<OperatorDirectedRewardsSubmission> submissions)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(9);
        RequireCanCall(set.Avs, caller, "createOperatorDirectedOperatorSetRewardsSubmission");
        if (!Core.AllocationManager.IsOperatorSet(set)) throw new RevertException(Errors.InvalidOperatorSet);
        foreach (var s in submissions) SubmitOperatorDirected(caller, set.Avs, RewardsSubmissionKind.OperatorDirectedOperatorSet, set, s);
        tx.Commit();
    }

    private void SubmitAmount(Address caller, Address avs, RewardsSubmissionKind kind, OperatorSet? set, RewardsSubmission s)
    {
        ValidateCommon(s.StrategiesAndMultipliers, s.StartTimestamp, s.Duration);
        if (s.Amount.IsZero) throw new RevertException(Errors.AmountIsZero);
        if (s.Amount > MaxRewardsAmount) throw new RevertException(Errors.AmountExceedsMax);
        if (s.StartTimestamp > Core.Timestamp + Core.Config.MaxFutureLength) throw new RevertException(Errors.StartTimestampTooFarInFuture);
        var fee = ProtocolFee(caller, s.Amount);
        Core.Tokens.TransferFrom(s.Token, Self, caller, Self, s.Amount);
        if (!fee.IsZero) Core.Tokens.Transfer(s.Token, Self, _feeRecipient.Value, fee);
        Record(new RecordedSubmission(kind, avs, NextNonce(avs), set, s with { Amount = s.Amount - fee }, null));
    }

    private void SubmitOperatorDirected(Address caller, Address avs, RewardsSubmissionKind kind, OperatorSet? set, OperatorDirectedRewardsSubmission s)
    {
        ValidateCommon(s.StrategiesAndMultipliers, s.StartTimestamp, s.Duration);
        if (s.OperatorRewards.Count == 0) throw new RevertException(Errors.InputArrayLengthZero);
        var previous = Address.Zero;
        var total = UInt256.Zero;
        foreach (var r in s.OperatorRewards)
        {
            if (r.Operator.IsZero) throw new RevertException(Errors.InvalidAddressZero);
            if (!(previous < r.Operator)) throw new RevertException(Errors.OperatorsNotInAscendingOrder);
            if (r.Amount.IsZero) throw new RevertException(Errors.AmountIsZero);
            previous = r.Operator;
            total += r.Amount;
        }

        if (total > MaxRewardsAmount) throw new RevertException(Errors.AmountExceedsMax);
        if (!(s.StartTimestamp + s.Duration < Core.Timestamp)) throw new RevertException(Errors.SubmissionNotRetroactive);
        var net = new OperatorReward[s.OperatorRewards.Count];
        var fees = UInt256.Zero;
        for (var i = 0; i < net.Length; i++)
        {
            var fee = ProtocolFee(caller, s.OperatorRewards[i].Amount);
            fees += fee;
            net[i] = s.OperatorRewards[i] with { Amount = s.OperatorRewards[i].Amount - fee };
        }

        Core.Tokens.TransferFrom(s.Token, Self, caller, Self, total);
        if (!fees.IsZero) Core.Tokens.Transfer(s.Token, Self, _feeRecipient.Value, fees);
        Record(new RecordedSubmission(kind, avs, NextNonce(avs), set, null, s with { OperatorRewards = net }));
    }

    private void ValidateCommon(IReadOnlyList<StrategyAndMultiplier> strategies, ulong start, ulong duration)
    {
        var c = Core.Config;
        if (strategies.Count == 0) throw new RevertException(Errors.InputArrayLengthZero);
        if (duration > c.MaxRewardsDuration) throw new RevertException(Errors.DurationExceedsMax);
        if (duration % c.CalculationIntervalSeconds != 0) throw new RevertException(Errors.InvalidDurationRemainder);
        if (duration == 0) throw new RevertException(Errors.DurationIsZero);
        if (start % c.CalculationIntervalSeconds != 0) throw new RevertException(Errors.InvalidStartTimestampRemainder);
        if (Core.Timestamp < c.MaxRetroactiveLength) throw Panic.OverflowError();
        if (Core.Timestamp - c.MaxRetroactiveLength > start || c.GenesisRewardsTimestamp > start)
            throw new RevertException(Errors.StartTimestampTooFarInPast);
        var previous = Address.Zero;
        foreach (var s in strategies)
        {
            if (!Core.StrategyManager.IsWhitelisted(s.Strategy) && s.Strategy != EigenLayerCore.BeaconChainEthStrategy)
                throw new RevertException(Errors.StrategyNotWhitelisted);
            if (!(previous < s.Strategy)) throw new RevertException(Errors.StrategiesNotInAscendingOrder);
            previous = s.Strategy;
        }
    }

    private UInt256 ProtocolFee(Address submitter, UInt256 amount) =>
        _optedInForProtocolFee[submitter] ? amount * (UInt256)(ulong)Core.Config.ProtocolFeeBips / (UInt256)(ulong)OneHundredInBips : UInt256.Zero;

    private UInt256 NextNonce(Address avs)
    {
        var nonce = _submissionNonce[avs];
        _submissionNonce.Set(avs, nonce + UInt256.One);
        return nonce;
    }

    private void Record(RecordedSubmission s) => _submissions.Add(s);

    private void RequireOwner(Address caller)
    {
        if (caller != Core.Owner) throw new RevertException("Error(Ownable: caller is not the owner)");
    }
}
