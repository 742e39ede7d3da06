using Restake.Simulation.Results;

namespace Restake.Reports.Charts;

/// <summary>Distribution of the loss 1 − W_T per strategy: share of paths per bin, on common bins, one step line per strategy.</summary>
public static class LossDistributionChart
{
    /// <summary>Number of bins across the pooled range of losses.</summary>
    public const int Bins = 40;

    /// <summary>The chart for <paramref name="strategies"/>' final wealth.</summary>
    public static ScottPlot.Plot Create(IReadOnlyList<StrategyPaths> strategies)
    {
        var plot = ChartStyle.New("Loss distribution at the horizon", "loss 1 − W_T (% of capital; negative = gain)", "share of paths (%)");
        var losses = strategies.Select(s => s.FinalWealth.Select(w => (1 - w) * 100).ToArray()).ToList();
        var all = losses.SelectMany(l => l).ToList();
        if (all.Count == 0) return plot;
        var (lo, hi) = (all.Min(), all.Max());
        if (hi - lo < 1e-9) (lo, hi) = (lo - 0.5, hi + 0.5);
        var width = (hi - lo) / Bins;
        for (var i = 0; i < strategies.Count; i++)
        {
            var (xs, ys) = Histogram(losses[i], lo, width);
            var line = plot.Add.ScatterLine(xs, ys, ChartStyle.Color(i));
            line.ConnectStyle = ScottPlot.ConnectStyle.StepHorizontal;
            line.LineWidth = 2;
            line.LegendText = strategies[i].StrategyId;
        }

        plot.ShowLegend(ScottPlot.Edge.Right);
        return plot;
    }

    /// <summary>Left bin edges (plus the closing edge) and the percentage of <paramref name="values"/> in each bin.</summary>
    public static (double[] Edges, double[] Percent) Histogram(IReadOnlyList<double> values, double lo, double width)
    {
        var counts = new double[Bins + 1];
        foreach (var v in values) counts[Math.Clamp((int)((v - lo) / width), 0, Bins - 1)]++;
        var edges = new double[Bins + 1];
        for (var b = 0; b <= Bins; b++)
        {
            edges[b] = lo + b * width;
            counts[b] = values.Count == 0 ? 0 : counts[b] * 100 / values.Count;
        }

        counts[Bins] = counts[Bins - 1]; // the closing step repeats the last bin
        return (edges, counts);
    }
}
