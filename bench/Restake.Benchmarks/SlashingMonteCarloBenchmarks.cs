using BenchmarkDotNet.Attributes;
using Restake.Simulation.Slashing;

namespace Restake.Benchmarks;

/// <summary>The slashing Monte Carlo workload on the mainnet-shaped reference instance (10^5 and 10^6 paths).</summary>
[MemoryDiagnoser]
public class SlashingMonteCarloBenchmarks
{
    private SlashingInstance _instance = null!;

    [Params(100_000, 1_000_000)]
    public int Paths { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The reference data lives beside the repository; walk up from the build output to find it.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "../shared/benchmarks/slashing-mc-mainnet.json")))
            dir = dir.Parent;
        if (dir is null) throw new FileNotFoundException("../shared/benchmarks/slashing-mc-mainnet.json not found above the build output.");
        _instance = SlashingInstanceLoader.Load(Path.Combine(dir.FullName, "../shared/benchmarks/slashing-mc-mainnet.json"));
    }

    [Benchmark]
    public double MainnetMeanNav() => SlashingMonteCarlo.Run(_instance, Paths, 1).MeanNav;
}
