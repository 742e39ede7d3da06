namespace Restake.Protocols.Consensus;

/// <summary>The timely-attestation flags a validator earned in an epoch (Altair participation flags).</summary>
[Flags]
public enum ParticipationFlags
{
    None = 0,
    TimelySource = 1,
    TimelyTarget = 2,
    TimelyHead = 4,
    All = TimelySource | TimelyTarget | TimelyHead,
}
