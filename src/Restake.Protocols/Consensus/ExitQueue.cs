using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Consensus;

/// <summary>Electra balance-based exit churn (<c>compute_exit_epoch_and_update_churn</c>, <c>initiate_validator_exit</c>).</summary>
public static class ExitQueue
{
    /// <summary><c>get_balance_churn_limit</c>: max(128 ETH, TAB // 65536), rounded down to a whole ETH.</summary>
    public static ulong BalanceChurnLimit(ulong totalActiveBalance)
    {
        var churn = Math.Max(MinPerEpochChurnLimitElectra, totalActiveBalance / ChurnLimitQuotient);
        return churn - churn % EffectiveBalanceIncrement;
    }

    /// <summary><c>get_activation_exit_churn_limit</c>: the balance churn capped at 256 ETH per epoch.</summary>
    public static ulong ActivationExitChurnLimit(ulong totalActiveBalance) =>
        Math.Min(MaxPerEpochActivationExitChurnLimit, BalanceChurnLimit(totalActiveBalance));

    /// <summary><c>compute_activation_exit_epoch</c>: epoch + 1 + MAX_SEED_LOOKAHEAD.</summary>
    public static ulong ActivationExitEpoch(ulong epoch) => epoch + 1 + MaxSeedLookahead;

    /// <summary><c>compute_exit_epoch_and_update_churn</c>: books <paramref name="exitBalance"/> gwei of churn.</summary>
    public static ulong ComputeExitEpochAndUpdateChurn(BeaconState state, ulong exitBalance)
    {
        var earliestExitEpoch = Math.Max(state.EarliestExitEpoch, ActivationExitEpoch(state.Epoch));
        var perEpochChurn = ActivationExitChurnLimit(state.TotalActiveBalance);
        var exitBalanceToConsume = state.EarliestExitEpoch < earliestExitEpoch ? perEpochChurn : state.ExitBalanceToConsume;
        if (exitBalance > exitBalanceToConsume)
        {
            var balanceToProcess = exitBalance - exitBalanceToConsume;
            var additionalEpochs = (balanceToProcess - 1) / perEpochChurn + 1;
            earliestExitEpoch = checked(earliestExitEpoch + additionalEpochs);
            exitBalanceToConsume = checked(exitBalanceToConsume + additionalEpochs * perEpochChurn);
        }

        state.ExitBalanceToConsume = exitBalanceToConsume - exitBalance;
        state.EarliestExitEpoch = earliestExitEpoch;
        return earliestExitEpoch;
    }

    /// <summary><c>initiate_validator_exit</c>: no-op if an exit is already scheduled.</summary>
    public static void InitiateValidatorExit(BeaconState state, int index)
    {
        var validator = state.Validators[index];
        if (validator.ExitEpoch != FarFutureEpoch) return;
        var exitQueueEpoch = ComputeExitEpochAndUpdateChurn(state, validator.EffectiveBalance);
        validator.ExitEpoch = exitQueueEpoch;
        validator.WithdrawableEpoch = checked(exitQueueEpoch + MinValidatorWithdrawabilityDelay);
    }

    /// <summary>
    /// Epochs an exit of <paramref name="exitBalance"/> gwei requested now would wait, without changing the
    /// state (the queue length seen by a new exiter).
    /// </summary>
    public static ulong ExitWaitEpochs(BeaconState state, ulong exitBalance)
    {
        var (earliest, toConsume) = (state.EarliestExitEpoch, state.ExitBalanceToConsume);
        var exitEpoch = ComputeExitEpochAndUpdateChurn(state, exitBalance);
        (state.EarliestExitEpoch, state.ExitBalanceToConsume) = (earliest, toConsume);
        return exitEpoch - state.Epoch;
    }
}
