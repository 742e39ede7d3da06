using System.Text.Json.Nodes;

namespace Restake.Server.Runs;

/// <summary>
/// A finished run's figures: headline metrics, the loss distribution, a fan chart, the yield stack (of the first
/// strategy), security notes; for scenario modes also <c>Result</c>, the run's summary.json text exactly as
/// <c>restake run</c> writes it, and <c>Strategies</c>, the same three charts for every strategy.
/// </summary>
public sealed record RunSummary(
    long Paths,
    IReadOnlyDictionary<string, double> Metrics,
    Histogram? LossDistribution,
    FanChart? Fan,
    IReadOnlyList<YieldLayer> YieldStack,
    JsonObject? Security = null,
    string? Result = null,
    IReadOnlyList<StrategyCharts>? Strategies = null);

/// <summary>One strategy's loss distribution, wealth fan chart and yield stack.</summary>
public sealed record StrategyCharts(string Id, Histogram? LossDistribution, FanChart? Fan, IReadOnlyList<YieldLayer> YieldStack);

/// <summary>Equal-width bins over [Min, Max]; <c>Counts[i]</c> paths fall in bin i.</summary>
public sealed record Histogram(double Min, double Max, IReadOnlyList<long> Counts);

/// <summary>Quantile bands of a per-path series: for each named quantile ("p05" … "p95") a value per step.</summary>
public sealed record FanChart(string Label, IReadOnlyList<double> Steps, IReadOnlyDictionary<string, IReadOnlyList<double>> Quantiles);

/// <summary>Mean contribution of one yield layer (e.g. consensus, restaking rewards, losses).</summary>
public sealed record YieldLayer(string Layer, double Mean);
