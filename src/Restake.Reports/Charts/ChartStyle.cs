using ScottPlot;

namespace Restake.Reports.Charts;

/// <summary>Shared look of the report's charts: palette, fonts and the common axis set-up.</summary>
public static class ChartStyle
{
    private static readonly IPalette Palette = new ScottPlot.Palettes.Category20();

    /// <summary>The <paramref name="i"/>-th colour of the palette (cycling).</summary>
    public static Color Color(int i) => Palette.GetColor(i);

    /// <summary>A new plot with title and axis labels set.</summary>
    public static Plot New(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>Category labels on the horizontal axis at positions 0, 1, 2, ...</summary>
    public static void CategoryTicks(Plot plot, IReadOnlyList<string> labels)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < labels.Count; i++) ticks.AddMajor(i, labels[i]);
        plot.Axes.Bottom.TickGenerator = ticks;
        if (labels.Count > 4) plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        if (labels.Count > 4) plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
    }
}
