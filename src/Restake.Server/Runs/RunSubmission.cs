namespace Restake.Server.Runs;

/// <summary>
/// A request to run a scenario: a stored scenario (<c>ScenarioId</c>, optionally a <c>ScenarioVersion</c>) or inline
/// <c>ScenarioYaml</c>, with a seed, a number of paths and a mode.
/// </summary>
public sealed record RunSubmission
{
    /// <summary>Stored scenario to run.</summary>
    public string? ScenarioId { get; init; }

    /// <summary>Version of the stored scenario; the latest when omitted.</summary>
    public long? ScenarioVersion { get; init; }

    /// <summary>Inline scenario text, instead of a stored scenario.</summary>
    public string? ScenarioYaml { get; init; }

    /// <summary>Seed of the random streams.</summary>
    public long? Seed { get; init; }

    /// <summary>Number of Monte Carlo paths.</summary>
    public long? Paths { get; init; }

    /// <summary>Run mode (see the modes resource).</summary>
    public string? Mode { get; init; }
}
