using Restake.Application.Runs;
using ScottPlot;

namespace Restake.Reports.Charts;

/// <summary>Yield stack per strategy: each layer's simple APR as a stacked bar segment (gains up, fees and losses down) and the net APY as a dot.</summary>
public static class YieldStackChart
{
    /// <summary>The chart for <paramref name="strategies"/>.</summary>
    public static Plot Create(IReadOnlyList<StrategySummary> strategies)
    {
        var plot = ChartStyle.New("Yield stack per strategy", "", "APR by layer (% per year)");
        var layers = strategies.SelectMany(s => s.Yield.Layers).Where(l => l.Apr != 0).Select(l => l.Layer).Distinct().Order().ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < strategies.Count; i++)
        {
            double up = 0, down = 0;
            foreach (var layer in strategies[i].Yield.Layers.Where(l => l.Apr != 0).OrderBy(l => l.Layer))
            {
                var value = layer.Apr * 100;
                var from = value >= 0 ? up : down;
                var to = from + value;
                if (value >= 0) up = to;
                else down = to;
                bars.Add(new Bar { Position = i, ValueBase = from, Value = to, FillColor = ChartStyle.Color(layers.IndexOf(layer.Layer)), Size = 0.6 });
            }
        }

        plot.Add.Bars(bars);
        var net = plot.Add.ScatterPoints(
            Enumerable.Range(0, strategies.Count).Select(i => (double)i).ToArray(),
            strategies.Select(s => s.Yield.Apy * 100).ToArray());
        net.Color = Colors.Black;
        net.MarkerSize = 9;
        net.MarkerShape = MarkerShape.FilledDiamond;
        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "net APY", MarkerShape = MarkerShape.FilledDiamond, MarkerFillColor = Colors.Black, MarkerSize = 9 });
        foreach (var layer in layers)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = Simulation.Results.YieldLayers.Name(layer),
                FillColor = ChartStyle.Color(layers.IndexOf(layer)),
            });
        }

        plot.ShowLegend(Edge.Right);
        ChartStyle.CategoryTicks(plot, strategies.Select(s => s.Id).ToList());
        return plot;
    }
}
