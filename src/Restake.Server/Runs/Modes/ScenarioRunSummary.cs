using System.Text.Json;
using System.Text.Json.Nodes;
using Restake.Application.Runs;
using Restake.Simulation.Results;
using AppRunResult = Restake.Application.Runs.RunResult;

namespace Restake.Server.Runs.Modes;

/// <summary>
/// The dashboard's view of a scenario run's result: per-strategy headline metrics, every strategy's loss histogram,
/// wealth fan chart and yield stack (the first strategy's also as the default charts), the network's security and
/// concentration, and the summary.json text.
/// </summary>
public static class ScenarioRunSummary
{
    private static readonly JsonSerializerOptions NodeOptions = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Builds the summary of <paramref name="result"/>.</summary>
    public static RunSummary Of(AppRunResult result)
    {
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in result.Strategies)
        {
            metrics[$"{s.Id}.apr"] = s.Yield.Apr;
            metrics[$"{s.Id}.apy"] = s.Yield.Apy;
            metrics[$"{s.Id}.meanFinalWealth"] = s.Yield.MeanFinalWealth;
            metrics[$"{s.Id}.loss.mean"] = s.Loss.Mean;
            metrics[$"{s.Id}.loss.probability"] = s.Loss.ProbabilityOfLoss;
            metrics[$"{s.Id}.loss.var99"] = s.Loss.VaR99;
            metrics[$"{s.Id}.loss.cvar99"] = s.Loss.CVaR99;
            if (s.Liquidations is { } l) metrics[$"{s.Id}.liquidation.probability"] = l.ProbabilityOfLiquidation;
        }

        var output = result.Output;
        var charts = output.Strategies.Select((paths, i) =>
        {
            var band = output.WealthBands.FirstOrDefault(b => b.Series == "wealth:" + paths.StrategyId);
            return new StrategyCharts(
                paths.StrategyId,
                RunSummarizer.Bin([.. paths.FinalWealth.Select(w => 1 - w).Order()], 40),
                band is null ? null : Fan(band),
                [.. result.Strategies[i].Yield.Layers.Select(l => new YieldLayer(l.Name, l.MeanContribution))]);
        }).ToList();
        var first = charts.FirstOrDefault();

        var security = new JsonObject
        {
            ["operatorConcentration"] = JsonSerializer.SerializeToNode(result.OperatorConcentration, NodeOptions),
            ["network"] = result.Security is null ? null : JsonSerializer.SerializeToNode(result.Security, NodeOptions),
        };
        return new RunSummary(result.Run.Paths, metrics, first?.LossDistribution, first?.Fan, first?.YieldStack ?? [], security,
            SummaryJsonWriter.Serialize(result), charts);
    }

    private static FanChart Fan(QuantileBand band)
    {
        var quantiles = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        foreach (var (name, q) in RunSummarizer.FanQuantiles)
        {
            var level = band.Levels.ToList().FindIndex(l => Math.Abs(l - q) < 1e-12);
            if (level >= 0) quantiles[name] = band.Values[level];
        }

        return new FanChart($"{band.Series} ({band.Unit}) by day", band.Days, quantiles);
    }
}
