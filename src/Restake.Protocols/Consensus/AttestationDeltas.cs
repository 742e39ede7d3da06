using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Consensus;

/// <summary>Rewards and penalties per tracked validator from one source (a flag or the inactivity leak), in gwei.</summary>
public sealed record Deltas(ulong[] Rewards, ulong[] Penalties);

/// <summary>
/// Altair-onward attestation accounting: <c>get_flag_index_deltas</c>, <c>get_inactivity_penalty_deltas</c>,
/// <c>process_inactivity_updates</c>, in the spec's integer order.
/// </summary>
public static class AttestationDeltas
{
    /// <summary><c>get_flag_index_deltas</c> for one flag of the epoch just ended.</summary>
    public static Deltas FlagDeltas(BeaconState state, EpochParticipation participation, ParticipationFlags flag)
    {
        var n = state.Validators.Count;
        var rewards = new ulong[n];
        var penalties = new ulong[n];
        var epoch = state.Epoch;
        var weight = BaseRewards.FlagWeight(flag);
        var totalActive = state.TotalActiveBalance;
        var participatingBalance = Math.Max(EffectiveBalanceIncrement, ParticipatingBalance(state, participation, flag));
        var participatingIncrements = participatingBalance / EffectiveBalanceIncrement;
        var activeIncrements = totalActive / EffectiveBalanceIncrement;
        var leak = state.IsInInactivityLeak;
        var perIncrement = BaseRewards.PerIncrement(totalActive);
        for (var i = 0; i < n; i++)
        {
            var v = state.Validators[i];
            if (!state.IsEligible(v, epoch)) continue;
            var baseReward = checked(v.EffectiveBalance / EffectiveBalanceIncrement * perIncrement);
            if (IsUnslashedParticipant(v, i, epoch, participation, flag))
            {
                if (!leak)
                {
                    var numerator = checked(baseReward * weight * participatingIncrements);
                    rewards[i] = numerator / checked(activeIncrements * WeightDenominator);
                }
            }
            else if (flag != ParticipationFlags.TimelyHead)
            {
                penalties[i] = checked(baseReward * weight) / WeightDenominator;
            }
        }

        return new Deltas(rewards, penalties);
    }

    /// <summary><c>get_inactivity_penalty_deltas</c>: EB·score // (4·2^24) for eligible validators that missed the target.</summary>
    public static Deltas InactivityPenaltyDeltas(BeaconState state, EpochParticipation participation)
    {
        var n = state.Validators.Count;
        var penalties = new ulong[n];
        var epoch = state.Epoch;
        for (var i = 0; i < n; i++)
        {
            var v = state.Validators[i];
            if (!state.IsEligible(v, epoch) || IsUnslashedParticipant(v, i, epoch, participation, ParticipationFlags.TimelyTarget))
                continue;
            var numerator = (UInt128)v.EffectiveBalance * v.InactivityScore;
            penalties[i] = checked((ulong)(numerator / (InactivityScoreBias * InactivityPenaltyQuotientBellatrix)));
        }

        return new Deltas(new ulong[n], penalties);
    }

    /// <summary><c>process_inactivity_updates</c>: +4 per missed target, −1 per hit, −16 per epoch outside a leak.</summary>
    public static void ProcessInactivityUpdates(BeaconState state, EpochParticipation participation)
    {
        var epoch = state.Epoch;
        if (epoch == 0) return;
        for (var i = 0; i < state.Validators.Count; i++)
        {
            var v = state.Validators[i];
            if (!state.IsEligible(v, epoch)) continue;
            if (IsUnslashedParticipant(v, i, epoch, participation, ParticipationFlags.TimelyTarget))
                v.InactivityScore -= Math.Min(1, v.InactivityScore);
            else
                v.InactivityScore = checked(v.InactivityScore + InactivityScoreBias);
            if (!state.IsInInactivityLeak)
                v.InactivityScore -= Math.Min(InactivityScoreRecoveryRate, v.InactivityScore);
        }
    }

    /// <summary>Unslashed participating balance for a flag: tracked participants plus the network's share.</summary>
    public static ulong ParticipatingBalance(BeaconState state, EpochParticipation participation, ParticipationFlags flag)
    {
        var sum = participation.ExternalParticipatingBalance(state.ExternalActiveBalance);
        for (var i = 0; i < state.Validators.Count; i++)
        {
            var v = state.Validators[i];
            if (IsUnslashedParticipant(v, i, state.Epoch, participation, flag)) sum = checked(sum + v.EffectiveBalance);
        }

        return sum;
    }

    private static bool IsUnslashedParticipant(Validator v, int index, ulong epoch, EpochParticipation p, ParticipationFlags flag) =>
        v.IsActive(epoch) && !v.Slashed && (p.Tracked(index) & flag) != 0;
}
