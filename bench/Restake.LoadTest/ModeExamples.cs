using Restake.Sandbox;
using Restake.Server.Runs.Modes;

namespace Restake.LoadTest;

/// <summary>The scenario each run mode's submissions use when no scenario file is given.</summary>
public static class ModeExamples
{
    /// <summary>The example scenario text of <paramref name="mode"/>.</summary>
    public static string For(string mode) => mode switch
    {
        // The benchmark's mainnet-shaped workload: 2,000 operators, 50 AVSs, about 4,000 allocations.
        SlashingMonteCarloExecutor.Name => File.ReadAllText(SharedFolder.Find("benchmarks/slashing-mc-mainnet.json")
            ?? throw new FileNotFoundException("shared/benchmarks/slashing-mc-mainnet.json not found; pass --scenario FILE")),
        // Scenario modes (exact, fast) run the bundled default scenario.
        _ => File.ReadAllText(BundledScenario("ethereum-2025.yaml")),
    };

    /// <summary>A bundled scenario file, found in the nearest <c>scenarios/</c> folder above the program.</summary>
    public static string BundledScenario(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "scenarios", name);
            if (File.Exists(file)) return file;
        }

        throw new FileNotFoundException($"scenarios/{name} not found above {AppContext.BaseDirectory}; pass --scenario FILE");
    }
}
