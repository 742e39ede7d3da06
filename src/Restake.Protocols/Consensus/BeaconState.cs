using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Consensus;

/// <summary>
/// The part of the beacon state the economic engines read and write: tracked validators, the slashings vector,
/// the Electra exit-churn cursor, finality, and the active balance of the rest of the network as one aggregate
/// (so a few modelled validators can sit inside a 34 M ETH network without listing a million records).
/// </summary>
public sealed class BeaconState
{
    private ulong _externalActiveBalance;

    /// <summary>Creates a state at <paramref name="epoch"/> with an untracked network balance in gwei.</summary>
    public BeaconState(ulong epoch = 0, ulong externalActiveBalance = 0)
    {
        Epoch = epoch;
        ExternalActiveBalance = externalActiveBalance;
    }

    /// <summary>Current epoch (settable to jump over epochs in which nothing is processed).</summary>
    public ulong Epoch { get; set; }

    /// <summary>Tracked validators; the index in this list is the validator index.</summary>
    public List<Validator> Validators { get; } = [];

    /// <summary>Effective balances slashed per epoch, indexed by epoch mod 8192 (<c>state.slashings</c>).</summary>
    public ulong[] Slashings { get; } = new ulong[EpochsPerSlashingsVector];

    /// <summary><c>state.earliest_exit_epoch</c>.</summary>
    public ulong EarliestExitEpoch { get; internal set; }

    /// <summary><c>state.exit_balance_to_consume</c> in gwei.</summary>
    public ulong ExitBalanceToConsume { get; internal set; }

    /// <summary>Epochs since the last finalized checkpoint; above 4 the chain is in an inactivity leak.</summary>
    public ulong EpochsSinceFinality { get; set; }

    /// <summary>
    /// The inactivity-leak option: while true, finality does not advance and <see cref="EpochsSinceFinality"/>
    /// grows by one per processed epoch; while false the chain finalizes and it stays at zero.
    /// </summary>
    public bool FinalityStalled { get; set; }

    /// <summary>
    /// Active effective balance of validators not tracked individually, in gwei (a multiple of 1 ETH, as every
    /// effective balance is).
    /// </summary>
    public ulong ExternalActiveBalance
    {
        get => _externalActiveBalance;
        set
        {
            if (value % EffectiveBalanceIncrement != 0)
                throw new ArgumentException("External active balance must be a whole number of ETH in gwei.", nameof(value));
            _externalActiveBalance = value;
        }
    }

    /// <summary>Gwei paid by slashing rewards to proposers/whistleblowers outside the tracked set.</summary>
    public ulong ExternalRewardsPaid { get; internal set; }

    /// <summary><c>is_in_inactivity_leak</c>.</summary>
    public bool IsInInactivityLeak => EpochsSinceFinality > MinEpochsToInactivityPenalty;

    /// <summary>Adds a tracked validator and returns its index.</summary>
    public int AddValidator(Validator validator)
    {
        Validators.Add(validator);
        return Validators.Count - 1;
    }

    /// <summary><c>get_total_active_balance</c>: at least one increment.</summary>
    public ulong TotalActiveBalance
    {
        get
        {
            var sum = _externalActiveBalance;
            foreach (var v in Validators)
                if (v.IsActive(Epoch)) sum = checked(sum + v.EffectiveBalance);
            return Math.Max(EffectiveBalanceIncrement, sum);
        }
    }

    /// <summary>Sum of the slashings vector (effective balance slashed in the last 8192 epochs).</summary>
    public ulong TotalSlashings
    {
        get
        {
            ulong sum = 0;
            foreach (var s in Slashings) sum = checked(sum + s);
            return sum;
        }
    }

    /// <summary>
    /// Records validators slashed elsewhere in the network this epoch (their effective balance enters the
    /// slashings vector and so the correlation penalty of every slashed validator in the window).
    /// </summary>
    public void RecordExternalSlashing(ulong effectiveBalance) =>
        Slashings[Epoch % EpochsPerSlashingsVector] = checked(Slashings[Epoch % EpochsPerSlashingsVector] + effectiveBalance);

    /// <summary>Indices eligible for rewards and penalties in the epoch just ended (<c>get_eligible_validator_indices</c>).</summary>
    internal bool IsEligible(Validator v, ulong previousEpoch) =>
        v.IsActive(previousEpoch) || (v.Slashed && previousEpoch + 1 < v.WithdrawableEpoch);
}
