using BenchmarkDotNet.Attributes;
using Restake.Sandbox.EigenLayer;

namespace Restake.Benchmarks.EigenLayer;

/// <summary>Replaying every recorded vector (execution only, no snapshot comparison); time is per step.</summary>
[MemoryDiagnoser]
public class VectorReplayBenchmarks
{
    private IReadOnlyList<ElScript> _scripts = [];
    private int _steps;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Restake.Sandbox.SharedFolder.Find("conformance/eigenlayer/vectors")
                  ?? throw new DirectoryNotFoundException("../shared/conformance/eigenlayer/vectors not found");
        _scripts = Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal).Select(ElScriptParser.Load).ToList();
        _steps = _scripts.Sum(s => s.Steps.Count);
        Console.WriteLine($"// {_scripts.Count} vector files, {_steps} steps");
    }

    /// <summary>Total steps replayed per invocation (for steps/s).</summary>
    public int Steps => _steps;

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
