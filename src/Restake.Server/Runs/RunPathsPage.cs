namespace Restake.Server.Runs;

/// <summary>A page of per-path outcomes of a run.</summary>
public sealed record RunPathsPage(string RunId, long Offset, long Limit, long TotalPaths, IReadOnlyList<PathOutcome> Paths);
