using Restake.Reports.Comparison;

namespace Restake.Cli.Commands.Compare;

/// <summary>The machine-readable comparison: both labels and, per strategy, each side's key figures (null where absent).</summary>
public sealed record ComparisonJson(string A, string B, IReadOnlyList<ComparisonJson.Row> Strategies)
{
    /// <summary>Builds the JSON shape of <paramref name="comparison"/>.</summary>
    public static ComparisonJson Of(RunComparison comparison) => new(comparison.LabelA, comparison.LabelB,
        comparison.Rows.Select(r => new Row(r.StrategyId, Side.Of(r.A), Side.Of(r.B), r.ApyChange)).ToList());

    /// <summary>One strategy in both runs.</summary>
    public sealed record Row(string Id, Side? A, Side? B, double? ApyChange);

    /// <summary>One side's figures of a strategy (fractions, not percent).</summary>
    public sealed record Side(double Apy, double Apr, double ProbabilityOfLoss, double CVaR99, double? ProbabilityOfLiquidation)
    {
        /// <summary>The figures of <paramref name="s"/>, or null.</summary>
        public static Side? Of(Application.Runs.StrategySummary? s) => s is null ? null
            : new Side(s.Yield.Apy, s.Yield.Apr, s.Loss.ProbabilityOfLoss, s.Loss.CVaR99, s.Liquidations?.ProbabilityOfLiquidation);
    }
}
