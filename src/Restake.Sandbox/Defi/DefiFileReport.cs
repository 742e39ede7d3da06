namespace Restake.Sandbox.Defi;

/// <summary>Result of replaying one case file: how many cases matched, and every mismatching field.</summary>
public sealed record DefiFileReport(string File, string Group, int Cases, int CasesPassed, IReadOnlyList<DefiMismatch> Mismatches)
{
    /// <summary>True when every case matched on every expected field.</summary>
    public bool Passed => CasesPassed == Cases && Mismatches.Count == 0;
}
