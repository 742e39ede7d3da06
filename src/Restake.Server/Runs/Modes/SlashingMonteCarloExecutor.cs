using System.Text.Json.Nodes;
using Restake.Simulation.Slashing;

namespace Restake.Server.Runs.Modes;

/// <summary>
/// The slashing Monte Carlo workload as a run mode: the scenario text is a workload in the benchmark-slashing-mc
/// format (JSON, which is also YAML); each path's outcome is the LRT's NAV and its loss 1 − NAV. The summary adds the
/// closed-form mean NAV, so a reader can see the simulated mean agree with it.
/// </summary>
public sealed class SlashingMonteCarloExecutor : IRunExecutor
{
    /// <summary>The mode name.</summary>
    public const string Name = "slashing-mc";

    /// <inheritdoc />
    public string Mode => Name;

    /// <inheritdoc />
    public string Description => "correlated AVS faults slashing an operator network, read through an LRT's delegation weights";

    /// <inheritdoc />
    public RunPlan Plan(RunInput input)
    {
        _ = Load(input);
        // About fifty batches per run for visible progress, never below 256 nor above 16,384 paths per batch.
        return new RunPlan((int)Math.Clamp(input.Paths / 50, 256, 16_384));
    }

    /// <inheritdoc />
    public BatchOutput RunBatch(RunInput input, RunPlan plan, long firstPath, int count, CancellationToken ct)
    {
        var navs = SlashingPaths.Navs(Load(input), (ulong)input.Seed, firstPath, count, ct);
        return new BatchOutput([.. navs.Select((nav, i) => new PathOutcome(firstPath + i,
            new Dictionary<string, double> { ["nav"] = nav, ["loss"] = 1 - nav }))]);
    }

    /// <inheritdoc />
    public RunSummary Summarize(RunInput input, RunPlan plan, IReadOnlyList<BatchOutput> batches)
    {
        var summary = RunSummarizer.Summarize(plan, batches);
        var instance = Load(input);
        var closedForm = SlashingClosedForm.MeanNav(instance);
        var metrics = new SortedDictionary<string, double>(summary.Metrics.ToDictionary(), StringComparer.Ordinal)
        {
            ["nav.closedFormMean"] = closedForm,
        };
        var mean = summary.Metrics.GetValueOrDefault("nav.mean");
        var stderr = summary.Metrics.GetValueOrDefault("loss.stderr");
        var security = new JsonObject
        {
            ["operators"] = instance.Operators.Count,
            ["avss"] = instance.Avss.Count,
            ["correlationGroups"] = instance.Groups.Count,
            ["allocations"] = instance.Allocations.Count,
            ["days"] = instance.Days,
            ["closedFormMeanNav"] = closedForm,
            ["simulatedMeanNav"] = mean,
            ["meanWithin3StdErr"] = Math.Abs(mean - closedForm) <= 3 * stderr,
        };
        return summary with { Metrics = metrics, Security = security };
    }

    private static SlashingInstance Load(RunInput input) => SlashingInstanceLoader.Parse(input.ScenarioYaml, "scenario");
}
