using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Consensus;

/// <summary>What <see cref="Slashing.SlashValidator"/> did, in gwei.</summary>
public sealed record SlashingOutcome(
    ulong InitialPenalty,
    ulong WhistleblowerReward,
    ulong ProposerReward,
    ulong ExitEpoch,
    ulong WithdrawableEpoch);

/// <summary>Electra slashing: <c>slash_validator</c>, <c>process_slashings</c>, <c>process_slashings_reset</c>.</summary>
public static class Slashing
{
    /// <summary>
    /// <c>slash_validator</c> at the current epoch. The whistleblower reward is minted: the proposer gets W·8//64,
    /// the whistleblower (default: the proposer) the rest. A null index means a validator outside the tracked set.
    /// </summary>
    public static SlashingOutcome SlashValidator(BeaconState state, int slashedIndex, int? proposerIndex = null, int? whistleblowerIndex = null)
    {
        var epoch = state.Epoch;
        ExitQueue.InitiateValidatorExit(state, slashedIndex);
        var validator = state.Validators[slashedIndex];
        validator.Slashed = true;
        validator.WithdrawableEpoch = Math.Max(validator.WithdrawableEpoch, checked(epoch + EpochsPerSlashingsVector));
        state.RecordExternalSlashing(validator.EffectiveBalance);

        var penalty = validator.EffectiveBalance / MinSlashingPenaltyQuotientElectra;
        validator.Decrease(penalty);

        whistleblowerIndex ??= proposerIndex;
        var whistleblowerReward = validator.EffectiveBalance / WhistleblowerRewardQuotientElectra;
        var proposerReward = whistleblowerReward * ProposerWeight / WeightDenominator;
        Pay(state, proposerIndex, proposerReward);
        Pay(state, whistleblowerIndex, whistleblowerReward - proposerReward);
        return new SlashingOutcome(penalty, whistleblowerReward, proposerReward, validator.ExitEpoch, validator.WithdrawableEpoch);
    }

    private static void Pay(BeaconState state, int? index, ulong amount)
    {
        if (index is { } i) state.Validators[i].Increase(amount);
        else state.ExternalRewardsPaid = checked(state.ExternalRewardsPaid + amount);
    }

    /// <summary>
    /// Electra <c>process_slashings</c> penalty per 1-ETH increment: min(3·Σslashings, TAB) // (TAB // 1e9).
    /// </summary>
    public static ulong PenaltyPerIncrement(ulong totalSlashings, ulong totalActiveBalance)
    {
        var adjusted = Math.Min(checked(totalSlashings * ProportionalSlashingMultiplierBellatrix), totalActiveBalance);
        return adjusted / (totalActiveBalance / EffectiveBalanceIncrement);
    }

    /// <summary>Electra correlation penalty of one validator: penalty per increment × (EB // 1e9).</summary>
    public static ulong CorrelationPenalty(ulong effectiveBalance, ulong totalSlashings, ulong totalActiveBalance) =>
        checked(PenaltyPerIncrement(totalSlashings, totalActiveBalance) * (effectiveBalance / EffectiveBalanceIncrement));

    /// <summary>
    /// The pre-Electra (Bellatrix–Deneb) correlation penalty, (EB//1e9 · adjusted) // TAB · 1e9, for comparison:
    /// it rounds a lone slashing's penalty to zero. Defined for pre-Electra effective balances (at most 32 ETH), where
    /// the uint64 product cannot overflow.
    /// </summary>
    public static ulong CorrelationPenaltyBellatrix(ulong effectiveBalance, ulong totalSlashings, ulong totalActiveBalance)
    {
        var adjusted = Math.Min(checked(totalSlashings * ProportionalSlashingMultiplierBellatrix), totalActiveBalance);
        var numerator = checked(effectiveBalance / EffectiveBalanceIncrement * adjusted);
        return checked(numerator / totalActiveBalance * EffectiveBalanceIncrement);
    }

    /// <summary>
    /// <c>process_slashings</c>: applies the correlation penalty to every slashed validator whose withdrawable
    /// epoch is half a slashings vector away. Returns the total penalty in gwei.
    /// </summary>
    public static ulong ProcessSlashings(BeaconState state)
    {
        var epoch = state.Epoch;
        var totalBalance = state.TotalActiveBalance;
        var perIncrement = PenaltyPerIncrement(state.TotalSlashings, totalBalance);
        ulong total = 0;
        foreach (var validator in state.Validators)
        {
            if (!validator.Slashed || epoch + EpochsPerSlashingsVector / 2 != validator.WithdrawableEpoch) continue;
            var penalty = checked(perIncrement * (validator.EffectiveBalance / EffectiveBalanceIncrement));
            validator.Decrease(penalty);
            total = checked(total + penalty);
        }

        return total;
    }

    /// <summary><c>process_slashings_reset</c>: clears the vector slot the next epoch will reuse.</summary>
    public static void ProcessSlashingsReset(BeaconState state) =>
        state.Slashings[(state.Epoch + 1) % EpochsPerSlashingsVector] = 0;
}
