using Restake.Scenarios.Loading;
using Restake.Scenarios.Model;
using Restake.Simulation.World;

namespace Restake.Benchmarks.Simulation;

/// <summary>The Monte Carlo benchmarks' world: the application tests' scenario, with its horizon set per benchmark.</summary>
public static class BenchScenario
{
    private const string RelativePath = "tests/Restake.Application.Tests/Data/world.yaml";

    /// <summary>The scenario file, found by walking up from the binaries to the repository root.</summary>
    public static string File
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (System.IO.File.Exists(candidate)) return candidate;
            }

            throw new FileNotFoundException("The benchmark scenario was not found above " + AppContext.BaseDirectory, RelativePath);
        }
    }

    /// <summary>The world over <paramref name="days"/> days.</summary>
    public static WorldModel World(double days)
    {
        var file = File;
        Scenario scenario = ScenarioLoader.Load(file) with { HorizonDays = days };
        return new WorldModel(scenario, Path.GetDirectoryName(file));
    }
}
