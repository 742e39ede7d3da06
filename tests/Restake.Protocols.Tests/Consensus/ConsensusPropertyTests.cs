using CsCheck;
using Restake.Protocols.Consensus;
using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Tests.Consensus;

public class ConsensusPropertyTests
{
    private const ulong Eth = GweiPerEth;

    [Fact]
    public void Correlation_penalty_is_bounded_monotone_and_close_to_3f()
    {
        Gen.Select(Gen.ULong[1, 2048], Gen.ULong[1, 40_000_000], Gen.ULong[0, 40_000_000]).Sample((ebEth, tabEth, slashedEth) =>
        {
            var eb = ebEth * Eth;
            var tab = Math.Max(tabEth, ebEth) * Eth;
            var slashed = Math.Min(slashedEth, tabEth) * Eth;
            var penalty = Slashing.CorrelationPenalty(eb, slashed, tab);
            Assert.True(penalty <= eb);
            Assert.True(Slashing.CorrelationPenalty(eb, Math.Min(slashed + Eth, tab), tab) >= penalty);
            // Electra is within one gwei per ETH of the exact ratio; the pre-Electra form (32 ETH cap) within one ETH.
            var exact = (decimal)ebEth * Math.Min(3m * slashed, tab) / tab * Eth;
            Assert.InRange((decimal)penalty, exact - ebEth, exact);
            if (ebEth <= 32)
                Assert.InRange((decimal)Slashing.CorrelationPenaltyBellatrix(eb, slashed, tab), exact - Eth, exact);
        }, iter: 2_000);
    }

    [Fact]
    public void Effective_balance_stays_a_capped_whole_number_of_ETH_within_hysteresis()
    {
        Gen.Select(Gen.Bool, Gen.ULong[16 * Eth, 2_100 * Eth], Gen.ULong[0, 3_000 * Eth]).Sample((compounding, start, balance) =>
        {
            var v = new Validator(compounding ? WithdrawalCredentials.Compounding : WithdrawalCredentials.Eth1, start) { Balance = balance };
            var before = v.EffectiveBalance;
            EffectiveBalanceUpdates.Update(v);
            Assert.Equal(0UL, v.EffectiveBalance % Eth);
            Assert.True(v.EffectiveBalance <= v.MaxEffectiveBalance);
            // Inside the hysteresis band nothing moves; outside it the effective balance jumps to the floored, capped balance.
            var outside = balance + EffectiveBalanceUpdates.DownwardThreshold < before || before + EffectiveBalanceUpdates.UpwardThreshold < balance;
            Assert.Equal(outside ? Math.Min(balance / Eth * Eth, v.MaxEffectiveBalance) : before, v.EffectiveBalance);
        }, iter: 2_000);
    }

    [Fact]
    public void Exit_queue_never_books_more_than_the_churn_per_epoch()
    {
        Gen.Select(Gen.ULong[1_000_000, 40_000_000], Gen.Bool.Array[1, 40]).Sample((tabEth, kinds) =>
        {
            var state = new BeaconState(epoch: 50, externalActiveBalance: tabEth * Eth);
            foreach (var big in kinds) state.AddValidator(new Validator(big ? WithdrawalCredentials.Compounding : WithdrawalCredentials.Eth1, big ? 2048 * Eth : 32 * Eth));
            var churn = ExitQueue.ActivationExitChurnLimit(state.TotalActiveBalance);
            for (var i = 0; i < state.Validators.Count; i++) ExitQueue.InitiateValidatorExit(state, i);
            var perEpoch = state.Validators.GroupBy(v => v.ExitEpoch).ToDictionary(g => g.Key, g => g.Aggregate(0UL, (s, v) => s + v.EffectiveBalance));
            var first = ExitQueue.ActivationExitEpoch(50);
            var booked = 0UL;
            foreach (var epoch in perEpoch.Keys.Order())
            {
                Assert.True(epoch >= first);
                booked += perEpoch[epoch];
                Assert.True(booked <= (epoch - first + 1) * churn, "exits ahead of the churn");
            }
        }, iter: 300);
    }

    [Fact]
    public void Net_issuance_never_exceeds_the_sum_of_base_rewards()
    {
        Gen.Select(Gen.ULong[0, 1_000], Gen.ULong[1_000_000, 60_000_000]).Sample((permille, tabEth) =>
        {
            var fraction = Issuance.NetIssuanceFraction(new Numerics.Rational(permille, 1_000));
            Assert.True(fraction <= Numerics.Rational.One);
            Assert.True(Issuance.ParticipatingValidatorApr(tabEth * Eth, new Numerics.Rational(permille, 1_000)) <= Issuance.ParticipatingValidatorApr(tabEth * Eth, Numerics.Rational.One) + 1e-15);
        }, iter: 500);
    }
}
