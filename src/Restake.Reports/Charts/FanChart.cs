using Restake.Simulation.Results;
using ScottPlot;

namespace Restake.Reports.Charts;

/// <summary>A fan chart of one quantile band: shaded 1–99 %, 5–95 % and 25–75 % ranges and the median line.</summary>
public static class FanChart
{
    /// <summary>The chart of <paramref name="band"/>, values multiplied by <paramref name="scale"/>.</summary>
    public static Plot Create(QuantileBand band, string title, string yLabel, double scale = 1)
    {
        var plot = ChartStyle.New(title, "day", yLabel);
        var days = band.Days.ToArray();
        double[] Level(double q) => band.Values[band.Levels.ToList().IndexOf(q)].Select(v => v * scale).ToArray();
        var color = ChartStyle.Color(0);
        foreach (var (lo, hi, alpha) in new[] { (0.01, 0.99, 0.15), (0.05, 0.95, 0.25), (0.25, 0.75, 0.4) })
        {
            if (!band.Levels.Contains(lo) || !band.Levels.Contains(hi)) continue;
            var fill = plot.Add.FillY(days, Level(lo), Level(hi));
            fill.FillColor = color.WithAlpha(alpha);
            fill.LineColor = Colors.Transparent;
            fill.LegendText = $"{lo * 100:0}–{hi * 100:0} %";
        }

        if (band.Levels.Contains(0.5))
        {
            var median = plot.Add.ScatterLine(days, Level(0.5), color);
            median.LineWidth = 2;
            median.LegendText = "median";
        }

        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
