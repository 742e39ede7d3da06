using Restake.Scenarios.Loading;
using Restake.Simulation.Exact;
using Restake.Simulation.MonteCarlo;
using Restake.Simulation.Results;
using Restake.Simulation.World;

namespace Restake.Application.Runs;

/// <summary>
/// The application service behind <c>restake run</c> and the server's run jobs: loads and validates the scenario
/// (errors are <see cref="InputException"/>s naming file:line:column and field), compiles the world, runs the batches
/// with progress and cancellation, and summarises.
/// </summary>
public static class RunService
{
    /// <summary>Loads, validates and prepares <paramref name="request"/> without running any batch.</summary>
    public static RunSession Prepare(RunRequest request)
    {
        var scenario = request.ScenarioText is { } text
            ? ScenarioLoader.Parse(text, request.ScenarioName, request.ScenarioPath is { } p ? Path.GetDirectoryName(Path.GetFullPath(p)) : null)
            : ScenarioLoader.Load(request.ScenarioPath ?? throw new ArgumentException("A scenario path or text is needed.", nameof(request)));
        var source = request.ScenarioPath ?? request.ScenarioName;
        var paths = request.Paths ?? scenario.Paths;
        if (paths is < 2 or > MonteCarloRun.MaxPaths)
            throw InputException.At(source, null, "paths", $"expected an integer in [2, {MonteCarloRun.MaxPaths}], got {paths}");
        var directory = request.ScenarioPath is { } file ? Path.GetDirectoryName(Path.GetFullPath(file)) : null;
        var world = new WorldModel(scenario, directory);
        var run = new MonteCarloRun(world, (int)paths, request.Seed ?? scenario.Seed, request.Mode,
            request.Mode == RunMode.Exact ? ExactEngines.Create : null);
        return new RunSession(request, scenario, world, run);
    }

    /// <summary>Runs <paramref name="request"/> to the end.</summary>
    public static RunResult Run(RunRequest request, Action<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        var session = Prepare(request);
        session.RunBatches(0, null, progress, cancellation);
        return session.Result();
    }
}
