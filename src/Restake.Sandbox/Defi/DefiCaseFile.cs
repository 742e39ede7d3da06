namespace Restake.Sandbox.Defi;

/// <summary>One loaded <c>defi-case/1</c> file: its path, case group and validated cases.</summary>
public sealed record DefiCaseFile(string File, string Group, IReadOnlyList<DefiCase> Cases);
