using ScottPlot;

namespace Restake.Reports.Charts;

/// <summary>Renders a ScottPlot plot to an SVG document string, for inlining into a self-contained HTML page.</summary>
public static class ChartSvg
{
    /// <summary>Default chart size in pixels.</summary>
    public const int Width = 860, Height = 380;

    /// <summary>The plot as SVG markup (no XML declaration), <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static string Render(Plot plot, int width = Width, int height = Height)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
