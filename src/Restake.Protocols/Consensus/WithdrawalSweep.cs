using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Consensus;

/// <summary>One withdrawal paid by the sweep, in gwei.</summary>
public sealed record Withdrawal(int ValidatorIndex, ulong Amount, bool Full);

/// <summary>
/// The execution-payload withdrawal sweep: at most 16 withdrawals per slot, scanning at most 16,384 validators per
/// slot, round-robin over the whole registry.
/// </summary>
public static class WithdrawalSweep
{
    /// <summary>
    /// Validators the sweep advances per slot when <paramref name="withdrawingCount"/> of
    /// <paramref name="validatorCount"/> have something to withdraw, spread evenly: min(16384, ⌈16·N/W⌉).
    /// </summary>
    public static ulong AdvancePerSlot(ulong validatorCount, ulong withdrawingCount)
    {
        if (withdrawingCount == 0) return MaxValidatorsPerWithdrawalsSweep;
        var perSlot = (MaxWithdrawalsPerPayload * validatorCount + withdrawingCount - 1) / withdrawingCount;
        return Math.Min(MaxValidatorsPerWithdrawalsSweep, perSlot);
    }

    /// <summary>Slots for the sweep to visit every validator once: the longest wait after becoming withdrawable.</summary>
    public static ulong CycleSlots(ulong validatorCount, ulong withdrawingCount)
    {
        var advance = AdvancePerSlot(validatorCount, withdrawingCount);
        return (validatorCount + advance - 1) / advance;
    }

    /// <summary>
    /// Withdrawals due from tracked validators now (<c>get_expected_withdrawals</c> without EIP-7002 requests):
    /// full once withdrawable, partial above 32 ETH (0x01) or 2048 ETH (0x02). Balances are debited.
    /// </summary>
    public static IReadOnlyList<Withdrawal> Process(BeaconState state)
    {
        var paid = new List<Withdrawal>();
        for (var i = 0; i < state.Validators.Count; i++)
        {
            var v = state.Validators[i];
            if (v.Credentials == WithdrawalCredentials.Bls || v.Balance == 0) continue;
            if (v.WithdrawableEpoch <= state.Epoch)
            {
                paid.Add(new Withdrawal(i, v.Balance, true));
                v.Balance = 0;
            }
            else if (v.EffectiveBalance == v.MaxEffectiveBalance && v.Balance > v.MaxEffectiveBalance)
            {
                var excess = v.Balance - v.MaxEffectiveBalance;
                paid.Add(new Withdrawal(i, excess, false));
                v.Balance -= excess;
            }
        }

        return paid;
    }
}
