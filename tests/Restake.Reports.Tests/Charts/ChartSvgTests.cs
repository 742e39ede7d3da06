using System.Xml.Linq;
using Restake.Reports.Charts;

namespace Restake.Reports.Tests.Charts;

public class ChartSvgTests
{
    [Fact]
    public void Renders_a_line_plot_to_well_formed_svg_with_text()
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 0, 1, 2 }, new double[] { 1, 3, 2 });
        plot.Title("hello chart");
        var svg = ChartSvg.Render(plot);
        var doc = XDocument.Parse(svg);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        Assert.Contains("hello chart", svg);
    }
}
