using Restake.Numerics;
using Restake.Protocols.Consensus;
using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Tests.Consensus;

public class ValidatorEconomicsTests
{
    private const ulong Eth = GweiPerEth;
    private const ulong Network = 34_000_000 * Eth;

    [Theory]
    [InlineData(WithdrawalCredentials.Eth1, 31_760_000_000UL, 32UL)]   // within 0.25 ETH below: keeps 32
    [InlineData(WithdrawalCredentials.Eth1, 31_740_000_000UL, 31UL)]   // more than 0.25 below: floors to 31
    [InlineData(WithdrawalCredentials.Eth1, 40_000_000_000UL, 32UL)]   // 0x01 capped at 32 ETH
    [InlineData(WithdrawalCredentials.Compounding, 33_240_000_000UL, 32UL)] // less than 1.25 above: keeps 32
    [InlineData(WithdrawalCredentials.Compounding, 33_260_000_000UL, 33UL)] // more than 1.25 above: steps up
    [InlineData(WithdrawalCredentials.Compounding, 3_000_000_000_000UL, 2048UL)] // 0x02 capped at 2048 ETH
    public void Effective_balance_follows_balance_with_hysteresis(WithdrawalCredentials credentials, ulong balance, ulong expectedEth)
    {
        var v = new Validator(credentials, 32 * Eth);
        Assert.Equal(32 * Eth, v.EffectiveBalance);
        v.Balance = balance;
        EffectiveBalanceUpdates.Update(v);
        Assert.Equal(expectedEth * Eth, v.EffectiveBalance);
    }

    [Fact]
    public void Exit_churn_is_balance_based_and_capped_at_256_ETH_per_epoch()
    {
        Assert.Equal(518 * Eth, ExitQueue.BalanceChurnLimit(Network));
        Assert.Equal(256 * Eth, ExitQueue.ActivationExitChurnLimit(Network));
        Assert.Equal(128 * Eth, ExitQueue.ActivationExitChurnLimit(1_000_000 * Eth));

        var state = new BeaconState(epoch: 10, externalActiveBalance: Network - 32 * Eth - 2048 * Eth);
        var small = state.AddValidator(new Validator(WithdrawalCredentials.Eth1, 32 * Eth));
        var large = state.AddValidator(new Validator(WithdrawalCredentials.Compounding, 2048 * Eth));
        ExitQueue.InitiateValidatorExit(state, small);
        Assert.Equal(15UL, state.Validators[small].ExitEpoch);
        Assert.Equal(15UL + 256, state.Validators[small].WithdrawableEpoch);
        Assert.Equal(224 * Eth, state.ExitBalanceToConsume);
        Assert.Equal(13UL, ExitQueue.ExitWaitEpochs(state, 2048 * Eth));
        ExitQueue.InitiateValidatorExit(state, large);
        Assert.Equal(23UL, state.Validators[large].ExitEpoch);
        Assert.Equal(224 * Eth, state.ExitBalanceToConsume);
        ExitQueue.InitiateValidatorExit(state, large);
        Assert.Equal(23UL, state.Validators[large].ExitEpoch);
    }

    [Fact]
    public void Full_participation_rewards_match_the_flag_formula()
    {
        var state = new BeaconState(epoch: 5, externalActiveBalance: Network - 32 * Eth);
        var i = state.AddValidator(new Validator(WithdrawalCredentials.Eth1, 32 * Eth));
        var summary = EpochTransition.Process(state, EpochParticipation.Full);
        var baseReward = 32 * 347UL;
        var increments = Network / Eth;
        var expected = baseReward * 14 * increments / (increments * 64) + baseReward * 26 * increments / (increments * 64)
            + baseReward * 14 * increments / (increments * 64);
        Assert.Equal(expected, summary.AttestationRewards);
        Assert.Equal(32 * Eth + expected, state.Validators[i].Balance);
        Assert.Equal(6UL, state.Epoch);
    }

    [Fact]
    public void Partial_participation_scales_rewards_and_penalises_misses()
    {
        var state = new BeaconState(epoch: 5, externalActiveBalance: Network - 64 * Eth);
        var on = state.AddValidator(new Validator(WithdrawalCredentials.Eth1, 32 * Eth));
        var off = state.AddValidator(new Validator(WithdrawalCredentials.Eth1, 32 * Eth));
        var participation = new EpochParticipation(ix => ix == on ? ParticipationFlags.All : ParticipationFlags.None, 900_000);
        EpochTransition.Process(state, participation);
        var participating = (Network - 64 * Eth) * 9 / 10 / Eth + 32;
        var active = Network / Eth;
        var b = 32 * 347UL;
        var reward = b * 14 * participating / (active * 64) + b * 26 * participating / (active * 64) + b * 14 * participating / (active * 64);
        Assert.Equal(32 * Eth + reward, state.Validators[on].Balance);
        Assert.Equal(32 * Eth - b * 14 / 64 - b * 26 / 64, state.Validators[off].Balance);
    }

    [Fact]
    public void Inactivity_leak_removes_rewards_and_charges_quadratic_penalties()
    {
        var state = new BeaconState(epoch: 5, externalActiveBalance: Network - 64 * Eth) { EpochsSinceFinality = 5, FinalityStalled = true };
        var on = state.AddValidator(new Validator(WithdrawalCredentials.Eth1, 32 * Eth));
        var off = state.AddValidator(new Validator(WithdrawalCredentials.Eth1, 32 * Eth));
        var participation = new EpochParticipation(ix => ix == on ? ParticipationFlags.All : ParticipationFlags.None, 600_000);
        EpochTransition.Process(state, participation);
        var b = 32 * 347UL;
        Assert.Equal(32 * Eth, state.Validators[on].Balance);
        Assert.Equal(4UL, state.Validators[off].InactivityScore);
        Assert.Equal(32 * Eth - b * 14 / 64 - b * 26 / 64 - 32 * Eth * 4 / (4UL << 24), state.Validators[off].Balance);
        Assert.Equal(6UL, state.EpochsSinceFinality);

        EpochTransition.Process(state, participation);
        Assert.Equal(8UL, state.Validators[off].InactivityScore);

        state.FinalityStalled = false;
        state.EpochsSinceFinality = 0;
        EpochTransition.Process(state, participation);
        Assert.Equal(0UL, state.Validators[off].InactivityScore); // +4 then recovery −16, floored at 0
    }

    [Fact]
    public void Issuance_at_full_participation_is_the_sum_of_base_rewards_and_about_166_over_root_N()
    {
        Assert.Equal(Rational.One, Issuance.NetIssuanceFraction(Rational.One));
        Assert.Equal(347UL * 34_000_000, Issuance.MaxPerEpoch(Network));
        var apr = Issuance.ParticipatingValidatorApr(Network, Rational.One);
        var closedForm = 166.3 / Math.Sqrt(34_000_000);
        Assert.InRange(apr / closedForm, 0.995, 1.005);
        Assert.InRange(Issuance.ApproximateMaxApr(34_000_000) * Math.Sqrt(34_000_000), 166.2, 166.4);
        Assert.True(Issuance.ParticipatingValidatorApr(Network, new Rational(9, 10)) < apr);
        Assert.True(Issuance.NetIssuanceFraction(new Rational(1, 2)) < new Rational(1, 2));
        Assert.Equal(0.01, Issuance.ExecutionApr(340_000 * Eth, Network), 12);
    }

    [Fact]
    public void Sync_committee_rewards_follow_the_spec_order()
    {
        var (participant, proposer) = SlotRewards.SyncCommittee(Network);
        var total = 347UL * 34_000_000;
        var max = total * 2 / 64 / 32;
        Assert.Equal(max / 512, participant);
        Assert.Equal(participant * 8 / 56, proposer);
        Assert.Equal(448UL, SlotRewards.ProposerRewardDenominator);
    }

    [Fact]
    public void Withdrawal_sweep_delay_grows_with_the_number_of_withdrawing_validators()
    {
        Assert.Equal(16_384UL, WithdrawalSweep.AdvancePerSlot(1_000_000, 0));
        Assert.Equal(62UL, WithdrawalSweep.CycleSlots(1_000_000, 1));
        Assert.Equal(62_500UL, WithdrawalSweep.CycleSlots(1_000_000, 1_000_000)); // 16 per slot ≈ 8.7 days
    }

    [Fact]
    public void Sweep_pays_excess_above_the_cap_and_skips_bls_credentials()
    {
        var state = new BeaconState(epoch: 10, externalActiveBalance: Network);
        var a = state.AddValidator(new Validator(WithdrawalCredentials.Eth1, 32 * Eth));
        var b = state.AddValidator(new Validator(WithdrawalCredentials.Bls, 32 * Eth));
        state.Validators[a].Balance = 32 * Eth + 12345;
        state.Validators[b].Balance = 32 * Eth + 12345;
        var paid = WithdrawalSweep.Process(state);
        Assert.Equal(new Withdrawal(a, 12345, false), Assert.Single(paid));
        Assert.Equal(32 * Eth, state.Validators[a].Balance);
    }

    [Fact]
    public void Integer_square_root_is_exact()
    {
        Assert.Equal(184_390_889UL, BaseRewards.IntegerSquareRoot(Network));
        Assert.Equal(0UL, BaseRewards.IntegerSquareRoot(0));
        Assert.Equal(4_294_967_295UL, BaseRewards.IntegerSquareRoot(ulong.MaxValue));
        Assert.Equal(3UL, BaseRewards.IntegerSquareRoot(15));
        Assert.Equal(4UL, BaseRewards.IntegerSquareRoot(16));
    }
}
