namespace Restake.Server.Runs;

/// <summary>Limits of the background job runner.</summary>
public sealed record JobRunnerOptions
{
    /// <summary>Runs executed at once.</summary>
    public int Concurrency { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Runs allowed to wait; submissions beyond it are refused as busy.</summary>
    public int MaxQueued { get; init; } = 1000;

    /// <summary>Largest number of paths in one run.</summary>
    public long MaxPaths { get; init; } = 10_000_000;
}
