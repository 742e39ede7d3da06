using Restake.Application.Runs;

namespace Restake.Reports.Comparison;

/// <summary>Two runs side by side: one row per strategy id found in either, with each side's figures (null where absent).</summary>
public sealed record RunComparison(string LabelA, string LabelB, RunResult A, RunResult B, IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>Pairs the strategies of <paramref name="a"/> and <paramref name="b"/> by id, in A's order then B's extras.</summary>
    public static RunComparison Of(RunResult a, RunResult b, string? labelA = null, string? labelB = null)
    {
        var ids = a.Strategies.Select(s => s.Id).Concat(b.Strategies.Select(s => s.Id)).Distinct(StringComparer.Ordinal);
        var rows = ids.Select(id => new ComparisonRow(id,
            a.Strategies.FirstOrDefault(s => s.Id == id), b.Strategies.FirstOrDefault(s => s.Id == id))).ToList();
        return new RunComparison(labelA ?? a.Run.ScenarioName, labelB ?? b.Run.ScenarioName, a, b, rows);
    }
}

/// <summary>One strategy in both runs; a side is null when that run has no strategy of this id.</summary>
public sealed record ComparisonRow(string StrategyId, StrategySummary? A, StrategySummary? B)
{
    /// <summary>B's APY minus A's, or null when either is missing.</summary>
    public double? ApyChange => A is not null && B is not null ? B.Yield.Apy - A.Yield.Apy : null;
}
