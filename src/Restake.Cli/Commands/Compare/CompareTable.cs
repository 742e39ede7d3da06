using System.Globalization;
using Restake.Reports.Comparison;
using Spectre.Console;

namespace Restake.Cli.Commands.Compare;

/// <summary>The terminal table of a comparison: each strategy's figures in A and B and the change in APY.</summary>
internal static class CompareTable
{
    public static void Print(IAnsiConsole console, RunComparison comparison)
    {
        console.MarkupLine($"A: {Markup.Escape(comparison.LabelA)}");
        console.MarkupLine($"B: {Markup.Escape(comparison.LabelB)}");
        var table = new Table().AddColumns("strategy", "APY A", "APY B", "Δ APY", "P(loss) A", "P(loss) B", "CVaR99 A", "CVaR99 B", "liq. A", "liq. B");
        foreach (var r in comparison.Rows)
            table.AddRow(Markup.Escape(r.StrategyId), Pct(r.A?.Yield.Apy), Pct(r.B?.Yield.Apy), Pct(r.ApyChange),
                Pct(r.A?.Loss.ProbabilityOfLoss), Pct(r.B?.Loss.ProbabilityOfLoss), Pct(r.A?.Loss.CVaR99), Pct(r.B?.Loss.CVaR99),
                Pct(r.A?.Liquidations?.ProbabilityOfLiquidation), Pct(r.B?.Liquidations?.ProbabilityOfLiquidation));
        console.Write(table);
    }

    private static string Pct(double? x) => x is { } v && double.IsFinite(v) ? (v * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %" : "—";
}
