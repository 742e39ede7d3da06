using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Consensus;

/// <summary>Electra <c>process_effective_balance_updates</c>: whole-ETH effective balance with hysteresis.</summary>
public static class EffectiveBalanceUpdates
{
    /// <summary>Hysteresis step: 0.25 ETH.</summary>
    public const ulong HysteresisIncrement = EffectiveBalanceIncrement / HysteresisQuotient;

    /// <summary>The balance must fall 0.25 ETH below the effective balance before it steps down.</summary>
    public const ulong DownwardThreshold = HysteresisIncrement * HysteresisDownwardMultiplier;

    /// <summary>The balance must rise 1.25 ETH above the effective balance before it steps up.</summary>
    public const ulong UpwardThreshold = HysteresisIncrement * HysteresisUpwardMultiplier;

    /// <summary>Updates one validator's effective balance.</summary>
    public static void Update(Validator v)
    {
        var balance = v.Balance;
        if (checked(balance + DownwardThreshold) < v.EffectiveBalance || checked(v.EffectiveBalance + UpwardThreshold) < balance)
            v.EffectiveBalance = Math.Min(balance - balance % EffectiveBalanceIncrement, v.MaxEffectiveBalance);
    }

    /// <summary>Updates every tracked validator.</summary>
    public static void Process(BeaconState state)
    {
        foreach (var v in state.Validators) Update(v);
    }
}
