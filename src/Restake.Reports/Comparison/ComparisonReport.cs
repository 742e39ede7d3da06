using System.Text;
using Restake.Reports.Charts;
using Restake.Reports.Html;
using ScottPlot;
using static Restake.Reports.Html.HtmlText;

namespace Restake.Reports.Comparison;

/// <summary>The comparison of two runs as one self-contained XHTML page: the side-by-side table and APY / risk charts.</summary>
public static class ComparisonReport
{
    /// <summary>File name of the page in the comparison's output directory.</summary>
    public const string FileName = "comparison.html";

    /// <summary>The page for <paramref name="comparison"/>.</summary>
    public static string Build(RunComparison comparison)
    {
        var html = new StringBuilder();
        var (a, b) = (comparison.LabelA, comparison.LabelB);
        html.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        html.Append($"<title>{Escape(a)} vs {Escape(b)} — restake comparison</title>\n<style>{PageStyle.Css}</style>\n</head>\n<body>\n");
        html.Append($"<header><h1>{Escape(a)} <span class=\"vs\">vs</span> {Escape(b)}</h1>");
        html.Append($"<p class=\"meta\">A: {Escape(Describe(comparison.A.Run))}<br />B: {Escape(Describe(comparison.B.Run))}</p></header>\n");
        html.Append("<section id=\"table\"><h2>Side by side</h2>\n").Append(Table(
            ["strategy", "APY A", "APY B", "Δ APY", "P(loss) A", "P(loss) B", "CVaR 99 A", "CVaR 99 B", "P(liq.) A", "P(liq.) B"],
            comparison.Rows.Select(r => (IReadOnlyList<string>)
            [
                r.StrategyId, Percent(r.A?.Yield.Apy), Percent(r.B?.Yield.Apy), Percent(r.ApyChange),
                Percent(r.A?.Loss.ProbabilityOfLoss, 1), Percent(r.B?.Loss.ProbabilityOfLoss, 1),
                Percent(r.A?.Loss.CVaR99), Percent(r.B?.Loss.CVaR99),
                Percent(r.A?.Liquidations?.ProbabilityOfLiquidation, 1), Percent(r.B?.Liquidations?.ProbabilityOfLiquidation, 1),
            ]), "numbers")).Append("</section>\n");
        html.Append("<section id=\"charts\"><h2>Charts</h2>\n");
        Figure(html, "chart-apy", "Net APY of each strategy in A and B.", Paired(comparison, "Net APY", "% per year", s => s.Yield.Apy * 100));
        Figure(html, "chart-cvar", "Conditional value at risk (99 %) of the loss at the horizon.", Paired(comparison, "CVaR 99", "% of capital", s => s.Loss.CVaR99 * 100));
        html.Append("</section>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Describe(Application.Runs.RunInfo run) =>
        $"{run.ScenarioName}{(run.ScenarioFile is null ? "" : $" ({Path.GetFileName(run.ScenarioFile)})")}, {run.Paths:N0} paths, seed {run.Seed}, {run.Mode.ToString().ToLowerInvariant()} mode";

    private static void Figure(StringBuilder html, string id, string caption, Plot plot) =>
        html.Append($"<figure class=\"chart\" id=\"{id}\">").Append(ChartSvg.Render(plot)).Append("<figcaption>")
            .Append(Escape(caption)).Append("</figcaption></figure>\n");

    /// <summary>Grouped bars: for each strategy, A's value left and B's right (missing sides are left out).</summary>
    private static Plot Paired(RunComparison comparison, string title, string unit, Func<Application.Runs.StrategySummary, double> value)
    {
        var plot = ChartStyle.New($"{title}: A vs B", "", unit);
        var bars = new List<Bar>();
        for (var i = 0; i < comparison.Rows.Count; i++)
        {
            var row = comparison.Rows[i];
            if (row.A is { } sa) bars.Add(new Bar { Position = i - 0.2, Value = value(sa), FillColor = ChartStyle.Color(0), Size = 0.38 });
            if (row.B is { } sb) bars.Add(new Bar { Position = i + 0.2, Value = value(sb), FillColor = ChartStyle.Color(1), Size = 0.38 });
        }

        plot.Add.Bars(bars);
        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "A: " + comparison.LabelA, FillColor = ChartStyle.Color(0) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "B: " + comparison.LabelB, FillColor = ChartStyle.Color(1) });
        plot.ShowLegend(Edge.Bottom);
        ChartStyle.CategoryTicks(plot, comparison.Rows.Select(r => r.StrategyId).ToList());
        return plot;
    }
}
