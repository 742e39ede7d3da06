using Restake.Numerics;
using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Consensus;

/// <summary>
/// Network-level consensus issuance and yield, from the total active balance and a participation rate. The
/// per-epoch maximum is exact (every weight summed gives Σ base rewards); participation scaling is the expected
/// value over who proposes and who sits on the sync committee.
/// </summary>
public static class Issuance
{
    /// <summary>Σ base rewards per epoch = base reward per increment × active increments: issuance at full participation.</summary>
    public static ulong MaxPerEpoch(ulong totalActiveBalance) =>
        checked(BaseRewards.PerIncrement(totalActiveBalance) * (totalActiveBalance / EffectiveBalanceIncrement));

    /// <summary>
    /// Expected net issuance per epoch as a fraction of <see cref="MaxPerEpoch"/> when a fraction
    /// <paramref name="participation"/> p of the stake attests and signs: attesters p²·54/64, their proposers p·54/448,
    /// sync members p·2/64 and their proposers p·2/448, minus non-attesters' penalties (1−p)·40/64.
    /// </summary>
    public static Rational NetIssuanceFraction(Rational participation)
    {
        var p = participation;
        if (p.Sign < 0 || p > Rational.One) throw new ArgumentOutOfRangeException(nameof(participation));
        var w = (Rational)(long)WeightDenominator;
        var flags = (Rational)(long)(TimelySourceWeight + TimelyTargetWeight + TimelyHeadWeight);
        var penalised = (Rational)(long)(TimelySourceWeight + TimelyTargetWeight);
        var sync = (Rational)(long)SyncRewardWeight;
        var proposer = new Rational(ProposerWeight, WeightDenominator - ProposerWeight);
        var attesters = p * p * flags / w;
        var proposers = p * flags / w * proposer;
        var syncMembers = p * sync / w;
        var syncProposers = p * sync / w * proposer;
        var penalties = (Rational.One - p) * penalised / w;
        return attesters + proposers + syncMembers + syncProposers - penalties;
    }

    /// <summary>
    /// Expected consensus APR (simple, not compounded) of a validator that always participates, when the network
    /// participates at p: (p·54/64 + p·54/448 + 2/64 + p·2/448)·base reward per ETH per epoch × epochs per year.
    /// At p = 1 this is 64·epochsPerYear/√(TAB in gwei) ≈ 166.3/√(staked ETH).
    /// </summary>
    public static double ParticipatingValidatorApr(ulong totalActiveBalance, Rational participation)
    {
        var p = participation;
        var w = (Rational)(long)WeightDenominator;
        var flags = (Rational)(long)(TimelySourceWeight + TimelyTargetWeight + TimelyHeadWeight);
        var sync = (Rational)(long)SyncRewardWeight;
        var proposer = new Rational(ProposerWeight, WeightDenominator - ProposerWeight);
        var share = p * flags / w + p * flags / w * proposer + sync / w + p * sync / w * proposer;
        var perEthPerEpoch = new Rational(BaseRewards.PerIncrement(totalActiveBalance), EffectiveBalanceIncrement);
        return (share * perEthPerEpoch).ToDouble() * EpochsPerYear;
    }

    /// <summary>The closed form 64·epochsPerYear/√(staked gwei) = 166.3…/√(staked ETH), for reporting.</summary>
    public static double ApproximateMaxApr(double stakedEth) =>
        BaseRewardFactor * EpochsPerYear / Math.Sqrt(stakedEth * GweiPerEth);

    /// <summary>
    /// Execution-layer yield (priority fees + MEV, an input per year in gwei) spread over the staked balance.
    /// </summary>
    public static double ExecutionApr(ulong executionRewardsPerYear, ulong totalActiveBalance) =>
        (double)executionRewardsPerYear / totalActiveBalance;
}
