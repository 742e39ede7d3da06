using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Consensus;

/// <summary>Per-slot proposer and sync-committee rewards (Altair <c>process_attestation</c>, <c>process_sync_aggregate</c>).</summary>
public static class SlotRewards
{
    /// <summary>(64 − 8)·64 // 8 = 448.</summary>
    public const ulong ProposerRewardDenominator = (WeightDenominator - ProposerWeight) * WeightDenominator / ProposerWeight;

    /// <summary>
    /// Proposer reward for including attestations whose new flags carry <paramref name="baseRewardTimesWeights"/>
    /// = Σ base_reward·weight over every newly set flag.
    /// </summary>
    public static ulong ProposerAttestationReward(ulong baseRewardTimesWeights) => baseRewardTimesWeights / ProposerRewardDenominator;

    /// <summary>Sync-committee reward per participating member per slot, and the proposer's reward per included member.</summary>
    public static (ulong ParticipantReward, ulong ProposerReward) SyncCommittee(ulong totalActiveBalance)
    {
        var totalActiveIncrements = totalActiveBalance / EffectiveBalanceIncrement;
        var totalBaseRewards = checked(BaseRewards.PerIncrement(totalActiveBalance) * totalActiveIncrements);
        var maxParticipantRewards = checked(totalBaseRewards * SyncRewardWeight) / WeightDenominator / SlotsPerEpoch;
        var participantReward = maxParticipantRewards / SyncCommitteeSize;
        var proposerReward = checked(participantReward * ProposerWeight) / (WeightDenominator - ProposerWeight);
        return (participantReward, proposerReward);
    }
}
