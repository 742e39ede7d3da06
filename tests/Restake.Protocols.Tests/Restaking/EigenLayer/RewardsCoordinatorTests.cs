using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using static Restake.Protocols.Tests.Restaking.EigenLayer.TestWorld;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>Worked example 9.12 and the RewardsCoordinator's validation rules.</summary>
public class RewardsCoordinatorTests
{
    private const ulong Day = 86_400;

    private static (TestWorld W, RewardsCoordinator Rc, Address Avs) Setup()
    {
        var w = new TestWorld();
        w.Core.Timestamp = 1_760_000_000 / Day * Day + 3_600;
        var avs = w.Accounts[7];
        w.Core.Tokens.Approve(w.TokenA, avs, w.Core.RewardsCoordinator.Self, UInt256.MaxValue);
        return (w, w.Core.RewardsCoordinator, avs);
    }

    private static ulong AlignedStart(TestWorld w, ulong daysAgo) => (w.Core.Timestamp / Day - daysAgo) * Day;

    [Fact]
    public void Example_9_12_operator_directed_submission_with_protocol_fee()
    {
        var (w, rc, avs) = Setup();
        var feeRecipient = Address.Named("feeRecipient", 0x5001);
        rc.SetFeeRecipient(w.Core.Owner, feeRecipient);
        rc.SetOptInForProtocolFee(avs, avs, true);
        var (o1, o2) = (w.Accounts[1], w.Accounts[2]);
        var before = w.Core.Tokens.BalanceOf(w.TokenA, avs);
        var sub = new OperatorDirectedRewardsSubmission([new StrategyAndMultiplier(w.StrategyA, E)], w.TokenA,
            [new OperatorReward(o1, 1000 * E), new OperatorReward(o2, UInt256.One)], AlignedStart(w, 10), 7 * Day);
        rc.CreateOperatorDirectedAVSRewardsSubmission(avs, avs, [sub]);

        var recorded = Assert.Single(rc.Submissions);
        Assert.Equal([800 * E, UInt256.One], recorded.OperatorDirected!.OperatorRewards.Select(r => r.Amount));
        Assert.Equal(1000 * E + UInt256.One, before - w.Core.Tokens.BalanceOf(w.TokenA, avs));
        Assert.Equal(200 * E, w.Core.Tokens.BalanceOf(w.TokenA, feeRecipient));
        Assert.Equal(800 * E + UInt256.One, w.Core.Tokens.BalanceOf(w.TokenA, rc.Self));
        Assert.Equal(UInt256.One, rc.SubmissionNonce(avs));
    }

    [Fact]
    public void Example_9_12_unique_stake_submission_records_the_net_amount()
    {
        var (w, rc, avs) = Setup();
        var set = w.CreateSet(avs, 0, w.StrategyA);
        rc.SetOptInForProtocolFee(avs, avs, true);
        rc.CreateUniqueStakeRewardsSubmission(avs, set,
            [new RewardsSubmission([new StrategyAndMultiplier(w.StrategyA, E)], w.TokenA, 1000 * E, AlignedStart(w, 0), 7 * Day)]);
        Assert.Equal(800 * E, Assert.Single(rc.Submissions).Amount!.Amount);
        Assert.Equal(set, rc.Submissions[0].OperatorSet);
    }

    [Fact]
    public void Example_9_12_claims_are_cumulative()
    {
        var (w, rc, _) = Setup();
        var earner = w.Accounts[3];
        var token = w.TokenA;
        w.Core.Tokens.Transfer(token, w.Accounts[0], rc.Self, 1000);
        for (var i = 0; i < 7; i++)
        {
            var amount = i == 5 ? 100 : i == 6 ? 250 : 0;
            var leaves = new Dictionary<(Address, Address), UInt256> { [(earner, token)] = (UInt256)amount };
            rc.SubmitRoot(w.Core.Owner, leaves, w.Core.Timestamp - 1_000 + (ulong)i);
        }

        w.Core.Timestamp += rc.ActivationDelay;
        var recipient = Address.Named("recipient", 0x5002);
        Assert.Equal([(UInt256)100], rc.ProcessClaim(earner, new RewardsClaim(5, earner, [(token, 100)]), recipient));
        Assert.Equal([(UInt256)150], rc.ProcessClaim(earner, new RewardsClaim(6, earner, [(token, 250)]), recipient));
        Assert.Equal((UInt256)250, rc.CumulativeClaimed(earner, token));
        Assert.Equal((UInt256)250, w.Core.Tokens.BalanceOf(token, recipient));
        var again = Assert.Throws<RevertException>(() => rc.ProcessClaim(earner, new RewardsClaim(5, earner, [(token, 100)]), recipient));
        Assert.Equal(Errors.EarningsNotGreaterThanClaimed, again.Error);
        var wrongLeaf = Assert.Throws<RevertException>(() => rc.ProcessClaim(earner, new RewardsClaim(6, earner, [(token, 300)]), recipient));
        Assert.Equal(Errors.InvalidClaimProof, wrongLeaf.Error);
        var stranger = Assert.Throws<RevertException>(() => rc.ProcessClaim(recipient, new RewardsClaim(6, earner, [(token, 250)]), recipient));
        Assert.Equal(Errors.UnauthorizedCaller, stranger.Error);
    }

    [Fact]
    public void Example_9_12_operator_split_activation()
    {
        var (w, rc, avs) = Setup();
        var op = w.Accounts[1];
        Assert.Equal(1000, rc.GetOperatorAVSSplit(op, avs));
        var t0 = w.Core.Timestamp;
        rc.SetOperatorAVSSplit(op, op, avs, 500);
        Assert.Equal(1000, rc.GetOperatorAVSSplit(op, avs));
        var early = Assert.Throws<RevertException>(() => rc.SetOperatorAVSSplit(op, op, avs, 2000));
        Assert.Equal(Errors.PreviousSplitPending, early.Error);
        w.Core.Timestamp = t0 + 604_800;
        Assert.Equal(500, rc.GetOperatorAVSSplit(op, avs));
        Assert.Equal(Errors.PreviousSplitPending, Assert.Throws<RevertException>(() => rc.SetOperatorAVSSplit(op, op, avs, 2000)).Error);
        w.Core.Timestamp = t0 + 604_801;
        rc.SetOperatorAVSSplit(op, op, avs, 2000);
        Assert.Equal(500, rc.GetOperatorAVSSplit(op, avs));
        w.Core.Timestamp += 604_800;
        Assert.Equal(2000, rc.GetOperatorAVSSplit(op, avs));
        Assert.Equal(Errors.SplitExceedsMax, Assert.Throws<RevertException>(() => rc.SetOperatorPISplit(op, op, 10_001)).Error);
    }

    [Theory]
    [InlineData(0UL, 0UL, Errors.DurationIsZero)]
    [InlineData(0UL, 3_600UL, Errors.InvalidDurationRemainder)]
    [InlineData(3_600UL, Day, Errors.InvalidStartTimestampRemainder)]
    [InlineData(0UL, 71 * Day, Errors.DurationExceedsMax)]
    public void Submission_validation_errors(ulong startOffset, ulong duration, string error)
    {
        var (w, rc, avs) = Setup();
        var sub = new RewardsSubmission([new StrategyAndMultiplier(w.StrategyA, E)], w.TokenA, E, AlignedStart(w, 1) + startOffset, duration);
        Assert.Equal(error, Assert.Throws<RevertException>(() => rc.CreateAVSRewardsSubmission(avs, [sub])).Error);
        Assert.Empty(rc.Submissions);
    }

    [Fact]
    public void Submission_strategies_must_be_whitelisted_and_ascending()
    {
        var (w, rc, avs) = Setup();
        RewardsSubmission Sub(params Address[] s) =>
            new(s.Select(x => new StrategyAndMultiplier(x, E)).ToArray(), w.TokenA, E, AlignedStart(w, 1), Day);
        Assert.Equal(Errors.StrategiesNotInAscendingOrder,
            Assert.Throws<RevertException>(() => rc.CreateAVSRewardsSubmission(avs, [Sub(w.StrategyB, w.StrategyA)])).Error);
        Assert.Equal(Errors.StrategyNotWhitelisted,
            Assert.Throws<RevertException>(() => rc.CreateAVSRewardsSubmission(avs, [Sub(w.Accounts[0])])).Error);
        Assert.Equal(Errors.AmountIsZero,
            Assert.Throws<RevertException>(() => rc.CreateAVSRewardsSubmission(avs, [Sub(w.StrategyA) with { Amount = UInt256.Zero }])).Error);
        rc.CreateAVSRewardsSubmission(avs, [Sub(w.StrategyA, w.StrategyB)]);
        Assert.Equal(E, rc.Submissions[0].Amount!.Amount);
    }

    [Fact]
    public void Operator_directed_submissions_must_be_retroactive()
    {
        var (w, rc, avs) = Setup();
        var sub = new OperatorDirectedRewardsSubmission([new StrategyAndMultiplier(w.StrategyA, E)], w.TokenA,
            [new OperatorReward(w.Accounts[1], E)], AlignedStart(w, 1), 7 * Day);
        Assert.Equal(Errors.SubmissionNotRetroactive,
            Assert.Throws<RevertException>(() => rc.CreateOperatorDirectedAVSRewardsSubmission(avs, avs, [sub])).Error);
        Assert.Equal(Errors.InvalidPermissions,
            Assert.Throws<RevertException>(() => rc.CreateOperatorDirectedAVSRewardsSubmission(w.Accounts[1], avs, [sub])).Error);
    }
}
