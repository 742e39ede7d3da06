using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Protocols.Consensus;

/// <summary>Base reward arithmetic (Altair onward) in gwei with the spec's integer order.</summary>
public static class BaseRewards
{
    /// <summary><c>integer_squareroot</c>: the largest x with x² ≤ n (Newton iteration as in the spec).</summary>
    public static ulong IntegerSquareRoot(ulong n)
    {
        if (n == ulong.MaxValue) return uint.MaxValue;
        var x = n;
        var y = (x + 1) / 2;
        while (y < x)
        {
            x = y;
            y = (x + n / x) / 2;
        }

        return x;
    }

    /// <summary><c>get_base_reward_per_increment</c> = 1e9·64 // isqrt(total active balance).</summary>
    public static ulong PerIncrement(ulong totalActiveBalance) =>
        EffectiveBalanceIncrement * BaseRewardFactor / IntegerSquareRoot(totalActiveBalance);

    /// <summary><c>get_base_reward</c> = (EB // 1e9) · base reward per increment.</summary>
    public static ulong ForValidator(ulong effectiveBalance, ulong totalActiveBalance) =>
        checked(effectiveBalance / EffectiveBalanceIncrement * PerIncrement(totalActiveBalance));

    /// <summary>Weight of one participation flag.</summary>
    public static ulong FlagWeight(ParticipationFlags flag) => flag switch
    {
        ParticipationFlags.TimelySource => TimelySourceWeight,
        ParticipationFlags.TimelyTarget => TimelyTargetWeight,
        ParticipationFlags.TimelyHead => TimelyHeadWeight,
        _ => throw new ArgumentException("Expected exactly one participation flag.", nameof(flag)),
    };

    /// <summary>The three flags in spec order.</summary>
    public static readonly ParticipationFlags[] FlagsInOrder =
        [ParticipationFlags.TimelySource, ParticipationFlags.TimelyTarget, ParticipationFlags.TimelyHead];
}
