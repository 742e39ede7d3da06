namespace Restake.Protocols.Consensus;

/// <summary>
/// Who attested timely in the epoch being processed: a flag set per tracked validator and a participation rate
/// (parts per million of balance, same for all three flags) for the untracked rest of the network.
/// </summary>
public sealed record EpochParticipation(Func<int, ParticipationFlags> Tracked, ulong ExternalRatePpm)
{
    public const ulong PpmDenominator = 1_000_000;

    /// <summary>Every validator attests with all three flags.</summary>
    public static EpochParticipation Full { get; } = new(_ => ParticipationFlags.All, PpmDenominator);

    /// <summary>Tracked validators all participate; the network participates at <paramref name="ratePpm"/>.</summary>
    public static EpochParticipation Network(ulong ratePpm) => new(_ => ParticipationFlags.All, ratePpm);

    /// <summary>Participating share of the untracked balance, floored to whole effective-balance increments.</summary>
    internal ulong ExternalParticipatingBalance(ulong externalActiveBalance)
    {
        if (ExternalRatePpm > PpmDenominator) throw new ArgumentException("Participation rate above 100 %.");
        var raw = (ulong)((UInt128)externalActiveBalance * ExternalRatePpm / PpmDenominator);
        return raw - raw % ConsensusConstants.EffectiveBalanceIncrement;
    }
}
