using Restake.Simulation.Results;

namespace Restake.Application.Runs;

/// <summary>
/// What to run: a scenario file (<see cref="ScenarioPath"/>) or its text (<see cref="ScenarioText"/>, named by
/// <see cref="ScenarioName"/> in messages), optional overrides of paths and seed, the mode and a thread limit.
/// </summary>
public sealed record RunRequest(
    string? ScenarioPath,
    string? ScenarioText = null,
    string ScenarioName = "scenario.yaml",
    long? Paths = null,
    ulong? Seed = null,
    RunMode Mode = RunMode.Fast,
    int? Threads = null);
