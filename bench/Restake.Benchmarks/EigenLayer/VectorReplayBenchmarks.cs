using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Restake.Sandbox.EigenLayer;

namespace Restake.Benchmarks.EigenLayer;

/// <summary>
/// Replaying every recorded vector (world building and execution, no snapshot comparison). The time is per full
/// replay; the Steps/s column divides the step count of the vector files by it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(StepsConfig))]
public class VectorReplayBenchmarks
{
    private IReadOnlyList<ElScript> _scripts = [];

    /// <summary>Adds the Steps/s column.</summary>
    private sealed class StepsConfig : ManualConfig
    {
        public StepsConfig() => AddColumn(new StepsPerSecondColumn(() => Load().Sum(s => (long)s.Steps.Count)));
    }

    private static List<ElScript> Load()
    {
        var dir = Restake.Sandbox.SharedFolder.Find("conformance/eigenlayer/vectors")
                  ?? throw new DirectoryNotFoundException("../shared/conformance/eigenlayer/vectors not found");
        return Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal).Select(ElScriptParser.Load).ToList();
    }

    [GlobalSetup]
    public void Setup()
    {
        _scripts = Load();
        Console.WriteLine($"// {_scripts.Count} vector files, {_scripts.Sum(s => s.Steps.Count)} steps");
    }

    [Benchmark]
    public int ReplayAllVectors()
    {
        var executed = 0;
        foreach (var script in _scripts)
        {
            var core = ElWorld.Build(script);
            foreach (var step in script.Steps)
            {
                ElCallExecutor.Execute(core, step.Call, step.Caller);
                executed++;
            }
        }

        return executed;
    }
}
