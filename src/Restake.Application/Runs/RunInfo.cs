using Restake.Simulation.Results;

namespace Restake.Application.Runs;

/// <summary>What was run: scenario (name, file), seed, paths, horizon and step (days), mode, batches, and wall time.</summary>
public sealed record RunInfo(
    string ScenarioName,
    string? ScenarioFile,
    ulong Seed,
    long Paths,
    double HorizonDays,
    double StepDays,
    RunMode Mode,
    int Batches,
    double ElapsedSeconds);
