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
        _ => throw new ArgumentException($"no built-in example scenario for mode '{mode}'; pass --scenario FILE"),
    };
}
