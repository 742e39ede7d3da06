using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Consensus;

/// <summary>Totals of one epoch transition for the tracked validators, in gwei.</summary>
public sealed record EpochSummary(ulong AttestationRewards, ulong AttestationPenalties, ulong InactivityPenalties, ulong CorrelationPenalties);

/// <summary>
/// The economic part of <c>process_epoch</c> in spec order: inactivity updates, rewards and penalties, registry
/// ejections, slashings, effective balance updates, slashings reset; then the epoch advances by one.
/// </summary>
public static class EpochTransition
{
    /// <summary>Validators whose effective balance falls to this are ejected (<c>EJECTION_BALANCE</c>).</summary>
    public const ulong EjectionBalance = 16 * GweiPerEth;

    /// <summary>Processes the end of the current epoch given who attested in it, then moves to the next epoch.</summary>
    public static EpochSummary Process(BeaconState state, EpochParticipation participation)
    {
        AttestationDeltas.ProcessInactivityUpdates(state, participation);

        ulong rewards = 0, penalties = 0, inactivity = 0;
        foreach (var flag in BaseRewards.FlagsInOrder)
        {
            var d = AttestationDeltas.FlagDeltas(state, participation, flag);
            Apply(state, d, ref rewards, ref penalties);
        }

        var leak = AttestationDeltas.InactivityPenaltyDeltas(state, participation);
        ulong unused = 0;
        Apply(state, leak, ref unused, ref inactivity);

        for (var i = 0; i < state.Validators.Count; i++)
        {
            var v = state.Validators[i];
            if (v.IsActive(state.Epoch) && v.EffectiveBalance <= EjectionBalance) ExitQueue.InitiateValidatorExit(state, i);
        }

        var correlation = Slashing.ProcessSlashings(state);
        EffectiveBalanceUpdates.Process(state);
        Slashing.ProcessSlashingsReset(state);
        state.Epoch = checked(state.Epoch + 1);
        state.EpochsSinceFinality = state.FinalityStalled ? checked(state.EpochsSinceFinality + 1) : 0;
        return new EpochSummary(rewards, penalties, inactivity, correlation);
    }

    private static void Apply(BeaconState state, Deltas d, ref ulong rewards, ref ulong penalties)
    {
        for (var i = 0; i < state.Validators.Count; i++)
        {
            var v = state.Validators[i];
            v.Increase(d.Rewards[i]);
            var before = v.Balance;
            v.Decrease(d.Penalties[i]);
            rewards = checked(rewards + d.Rewards[i]);
            penalties = checked(penalties + (before - v.Balance));
        }
    }
}
