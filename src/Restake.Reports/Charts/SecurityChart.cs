using Restake.Analysis.Risk;
using ScottPlot;

namespace Restake.Reports.Charts;

/// <summary>Per AVS: cost of corruption next to profit from corruption (USD millions); an AVS whose profit bar is taller is cheap to attack.</summary>
public static class SecurityChart
{
    /// <summary>The chart for <paramref name="security"/>'s AVSs.</summary>
    public static Plot Create(NetworkSecurityFigures security)
    {
        var plot = ChartStyle.New("Cost vs profit of corruption per AVS", "", "USD millions");
        var bars = new List<Bar>();
        for (var i = 0; i < security.Avss.Count; i++)
        {
            var avs = security.Avss[i];
            bars.Add(new Bar { Position = i - 0.2, Value = avs.CostOfCorruptionUsd / 1e6, FillColor = ChartStyle.Color(2), Size = 0.38 });
            bars.Add(new Bar { Position = i + 0.2, Value = avs.ProfitFromCorruptionUsd / 1e6, FillColor = ChartStyle.Color(3), Size = 0.38 });
        }

        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "cost of corruption", FillColor = ChartStyle.Color(2) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "profit from corruption", FillColor = ChartStyle.Color(3) });
        plot.ShowLegend(Edge.Right);
        ChartStyle.CategoryTicks(plot, security.Avss.Select(a => a.Avs).ToList());
        return plot;
    }
}
