using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Consensus;

/// <summary>
/// One validator's registry record and balance (the spec keeps balances in a parallel list; here they travel
/// together). All amounts in gwei, epochs as in the spec; <see cref="ConsensusConstants.FarFutureEpoch"/> = unset.
/// </summary>
public sealed class Validator
{
    public Validator(WithdrawalCredentials credentials, ulong balance, ulong activationEpoch = 0)
    {
        Credentials = credentials;
        Balance = balance;
        ActivationEpoch = activationEpoch;
        EffectiveBalance = Math.Min(balance - balance % EffectiveBalanceIncrement, MaxEffectiveBalance);
    }

    public WithdrawalCredentials Credentials { get; set; }

    /// <summary>Actual balance in gwei.</summary>
    public ulong Balance { get; set; }

    /// <summary>Effective balance in gwei: a multiple of 1 ETH that follows the balance with hysteresis.</summary>
    public ulong EffectiveBalance { get; internal set; }

    public bool Slashed { get; internal set; }
    public ulong ActivationEpoch { get; internal set; }
    public ulong ExitEpoch { get; internal set; } = FarFutureEpoch;
    public ulong WithdrawableEpoch { get; internal set; } = FarFutureEpoch;
    public ulong InactivityScore { get; internal set; }

    /// <summary><c>get_max_effective_balance</c>: 2048 ETH for compounding credentials, else 32 ETH.</summary>
    public ulong MaxEffectiveBalance =>
        Credentials == WithdrawalCredentials.Compounding ? MaxEffectiveBalanceElectra : MinActivationBalance;

    /// <summary><c>is_active_validator</c>.</summary>
    public bool IsActive(ulong epoch) => ActivationEpoch <= epoch && epoch < ExitEpoch;

    /// <summary><c>increase_balance</c>.</summary>
    internal void Increase(ulong delta) => Balance = checked(Balance + delta);

    /// <summary><c>decrease_balance</c>: floors at zero.</summary>
    internal void Decrease(ulong delta) => Balance = delta > Balance ? 0 : Balance - delta;

    /// <summary>A copy for snapshots and what-if runs.</summary>
    public Validator Clone() => (Validator)MemberwiseClone();
}
