using System.Collections.Immutable;
using Restake.Scenarios.Loading;
using Restake.Scenarios.Model;
using Restake.Simulation.World;

namespace Restake.Benchmarks.Simulation;

/// <summary>
/// The Monte Carlo benchmarks' worlds: the default scenario (scenarios/ethereum-2025.yaml) with its horizon set per
/// benchmark, and the same scenario on a smaller or larger restaking network (operators, AVSs, edges).
/// </summary>
public static class BenchScenario
{
    private const string RelativePath = "scenarios/ethereum-2025.yaml";

    /// <summary>Network sizes of the scaling grid.</summary>
    public static readonly string[] Networks = ["small", "default", "large"];

    /// <summary>Operators added to the default network for "large".</summary>
    public const int LargeExtraOperators = 54;

    /// <summary>AVSs added to the default network for "large".</summary>
    public const int LargeExtraAvss = 16;

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

    /// <summary>The default world over <paramref name="days"/> days.</summary>
    public static WorldModel World(double days) => World(days, "default");

    /// <summary>The world over <paramref name="days"/> days on network <paramref name="network"/> (small, default, large).</summary>
    public static WorldModel World(double days, string network)
    {
        var file = File;
        var scenario = ScenarioLoader.Load(file) with { HorizonDays = days };
        scenario = network switch
        {
            "small" => Small(scenario),
            "default" => scenario,
            "large" => Large(scenario),
            _ => throw new ArgumentOutOfRangeException(nameof(network), network, "small, default or large"),
        };
        return new WorldModel(scenario, Path.GetDirectoryName(file));
    }

    /// <summary>Three operators (those the manual LRT weights name) and the two AVSs that use only them.</summary>
    private static Scenario Small(Scenario s)
    {
        var keep = new HashSet<string>(["op-a", "op-c", "op-e"]);
        var avss = s.Avss.Where(a => a.OperatorSets.SelectMany(o => o.Allocations).Any(x => keep.Contains(x.Operator)))
            .Select(a => a with
            {
                OperatorSets = a.OperatorSets.Select(o => o with { Allocations = o.Allocations.Where(x => keep.Contains(x.Operator)).ToImmutableArray() })
                    .Where(o => o.Allocations.Length > 0).ToImmutableArray(),
            })
            .Where(a => a.OperatorSets.Length > 0).Take(2).ToImmutableArray();
        return s with { Operators = s.Operators.Where(o => keep.Contains(o.Id)).ToImmutableArray(), Avss = avss };
    }

    /// <summary>
    /// The default network plus <see cref="LargeExtraOperators"/> operators and <see cref="LargeExtraAvss"/> AVSs, each
    /// new AVS allocating 2 % of a third of all operators' stake (alternating ETH and EIGEN rewards).
    /// </summary>
    private static Scenario Large(Scenario s)
    {
        var operators = s.Operators.ToList();
        for (var i = 0; i < LargeExtraOperators; i++)
            operators.Add(new Operator($"op-x{i}", 100_000 + 10_000 * (i % 7), 0.1, $"region-{i % 5}"));
        var avss = s.Avss.ToList();
        for (var j = 0; j < LargeExtraAvss; j++)
        {
            var allocations = operators.Where((_, i) => (i + j) % 3 == 0).Select(o => new Allocation(o.Id, 0.02)).ToImmutableArray();
            avss.Add(new Avs($"avs-x{j}", new AvsReward(j % 2 == 0 ? Scenario.Eth : "EIGEN", 0.002), 0.01, 0.1, $"risk-{j % 4}",
                10_000_000, 0.67, [new OperatorSet("main", allocations)]));
        }

        return s with { Operators = operators.ToImmutableArray(), Avss = avss.ToImmutableArray() };
    }
}
