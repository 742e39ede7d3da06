using Restake.Protocols.Consensus;
using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Tests.Consensus;

public class ElectraSlashingTests
{
    private const ulong Eth = GweiPerEth;
    private const ulong Network = 34_000_000 * Eth;

    private static (BeaconState State, int Index) LoneValidator(WithdrawalCredentials credentials, ulong balance, ulong epoch = 100)
    {
        var state = new BeaconState(epoch);
        var index = state.AddValidator(new Validator(credentials, balance));
        state.ExternalActiveBalance = Network - state.Validators[index].EffectiveBalance;
        return (state, index);
    }

    [Theory]
    [InlineData(32UL, 7_812_500UL)]
    [InlineData(2048UL, 500_000_000UL)]
    public void Initial_penalty_is_one_4096th_of_effective_balance(ulong eth, ulong expected)
    {
        var credentials = eth > 32 ? WithdrawalCredentials.Compounding : WithdrawalCredentials.Eth1;
        var (state, i) = LoneValidator(credentials, eth * Eth);
        var outcome = Slashing.SlashValidator(state, i);
        Assert.Equal(expected, outcome.InitialPenalty);
        Assert.Equal(eth * Eth - expected, state.Validators[i].Balance);
    }

    [Fact]
    public void Whistleblower_reward_splits_one_eighth_to_the_proposer()
    {
        var (state, i) = LoneValidator(WithdrawalCredentials.Eth1, 32 * Eth);
        var proposer = state.AddValidator(new Validator(WithdrawalCredentials.Eth1, 32 * Eth));
        var whistleblower = state.AddValidator(new Validator(WithdrawalCredentials.Eth1, 32 * Eth));
        var outcome = Slashing.SlashValidator(state, i, proposer, whistleblower);
        Assert.Equal(7_812_500UL, outcome.WhistleblowerReward);
        Assert.Equal(976_562UL, outcome.ProposerReward);
        Assert.Equal(32 * Eth + 976_562, state.Validators[proposer].Balance);
        Assert.Equal(32 * Eth + 6_835_938, state.Validators[whistleblower].Balance);
    }

    [Fact]
    public void Proposer_is_the_default_whistleblower_and_outsiders_are_counted()
    {
        var (state, i) = LoneValidator(WithdrawalCredentials.Eth1, 32 * Eth);
        Slashing.SlashValidator(state, i);
        Assert.Equal(7_812_500UL, state.ExternalRewardsPaid);
    }

    [Fact]
    public void Slashing_records_the_effective_balance_and_locks_for_8192_epochs()
    {
        var (state, i) = LoneValidator(WithdrawalCredentials.Eth1, 32 * Eth, epoch: 100);
        var outcome = Slashing.SlashValidator(state, i);
        Assert.Equal(32 * Eth, state.Slashings[100]);
        Assert.True(state.Validators[i].Slashed);
        Assert.Equal(105UL, outcome.ExitEpoch);
        Assert.Equal(100UL + 8192, outcome.WithdrawableEpoch);
    }

    [Fact]
    public void Lone_slashing_correlation_penalty_at_34M_ETH_is_90336_gwei()
    {
        Assert.Equal(2823UL, Slashing.PenaltyPerIncrement(32 * Eth, Network));
        Assert.Equal(90_336UL, Slashing.CorrelationPenalty(32 * Eth, 32 * Eth, Network));
        Assert.Equal(0UL, Slashing.CorrelationPenaltyBellatrix(32 * Eth, 32 * Eth, Network));
    }

    [Theory]
    [InlineData(1, 100, 960_000_000UL)]        // f = 1 % -> 3 % of 32 ETH
    [InlineData(1, 10, 9_600_000_000UL)]       // f = 10 % -> 30 %
    [InlineData(1, 3, 31_999_999_040UL)]       // f = 1/3 (floored to whole ETH) -> 999,999,970 gwei per ETH
    [InlineData(1, 2, 32_000_000_000UL)]       // f > 1/3 -> 100 %
    public void Correlated_slashing_costs_min_3f_1_of_the_balance(int num, int den, ulong expected)
    {
        var slashed = Network / (ulong)den * (ulong)num;
        slashed -= slashed % Eth;
        Assert.Equal(expected, Slashing.CorrelationPenalty(32 * Eth, slashed, Network));
    }

    [Fact]
    public void Correlation_penalty_is_applied_once_halfway_through_the_lock()
    {
        var (state, i) = LoneValidator(WithdrawalCredentials.Eth1, 32 * Eth, epoch: 100);
        Slashing.SlashValidator(state, i);
        state.Epoch = 100 + 4095;
        Assert.Equal(0UL, Slashing.ProcessSlashings(state));
        state.Epoch = 100 + 4096;
        var before = state.Validators[i].Balance;
        // The slashed validator has exited: it no longer counts towards the total active balance.
        var tab = Network - 32 * Eth;
        var expected = Slashing.CorrelationPenalty(32 * Eth, 32 * Eth, tab);
        Assert.Equal(expected, Slashing.ProcessSlashings(state));
        Assert.Equal(before - expected, state.Validators[i].Balance);
        state.Epoch = 100 + 4097;
        Assert.Equal(0UL, Slashing.ProcessSlashings(state));
    }

    [Fact]
    public void Slashings_vector_slot_is_cleared_when_reused()
    {
        var state = new BeaconState(epoch: 8191, externalActiveBalance: Network);
        state.Slashings[0] = 5 * Eth;
        Slashing.ProcessSlashingsReset(state);
        Assert.Equal(0UL, state.Slashings[0]);
    }

    [Fact]
    public void Slashed_validator_loses_attestation_penalties_until_withdrawable()
    {
        // security.md §10: base reward ≈ 347 gwei per ETH per epoch at 34 M ETH; 40/64 of it per epoch for 32 ETH
        // over 8192 epochs ≈ 0.057 ETH.
        Assert.Equal(347UL, BaseRewards.PerIncrement(Network));
        var baseReward = BaseRewards.ForValidator(32 * Eth, Network);
        var perEpoch = baseReward * TimelySourceWeight / WeightDenominator + baseReward * TimelyTargetWeight / WeightDenominator;
        Assert.Equal(6_940UL, perEpoch);
        Assert.Equal(56_852_480UL, perEpoch * EpochsPerSlashingsVector);
    }

    [Fact]
    public void Full_lifecycle_of_a_lone_slashing_through_epoch_processing()
    {
        var (state, i) = LoneValidator(WithdrawalCredentials.Eth1, 32 * Eth, epoch: 100);
        Slashing.SlashValidator(state, i);
        var v = state.Validators[i];
        ulong penalties = 0, correlation = 0;
        while (state.Epoch < v.WithdrawableEpoch)
        {
            var summary = EpochTransition.Process(state, EpochParticipation.Full);
            Assert.Equal(0UL, summary.AttestationRewards);
            penalties += summary.AttestationPenalties;
            correlation += summary.CorrelationPenalties;
        }

        var tab = Network - 32 * Eth;
        Assert.Equal(Slashing.CorrelationPenalty(32 * Eth, 32 * Eth, tab), correlation);
        Assert.Equal(32 * Eth - 7_812_500 - penalties - correlation, v.Balance);
        var withdrawals = WithdrawalSweep.Process(state);
        Assert.Equal(new Withdrawal(i, 32 * Eth - 7_812_500 - penalties - correlation, true), Assert.Single(withdrawals));
        Assert.Equal(0UL, v.Balance);
    }
}
