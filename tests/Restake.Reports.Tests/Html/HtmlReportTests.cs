using Restake.Reports.Html;
using Restake.Scenarios.Loading;

namespace Restake.Reports.Tests.Html;

public class HtmlReportTests
{
    private static readonly string Page = HtmlReport.Build(SampleRun.Create(), null);

    [Fact]
    public void Page_is_well_formed_xhtml_with_every_section()
    {
        var doc = SvgProbe.Parse(Page);
        Assert.Equal("html", doc.Root!.Name.LocalName);
        foreach (var section in HtmlReport.Sections)
            Assert.True(SvgProbe.ById(doc, section) is { Name.LocalName: "section" }, $"section {section} missing");
        Assert.StartsWith("<!DOCTYPE html>", Page);
    }

    [Fact]
    public void Every_chart_exists_and_draws_something()
    {
        var doc = SvgProbe.Parse(Page);
        var expected = new[]
        {
            "chart-yield-stack", "chart-loss-distribution", "chart-wealth-hold-steth", "chart-wealth-loop-weeth",
            "chart-wealth-lp-steth", "chart-depeg-steth", "chart-security",
        };
        var figures = SvgProbe.All(doc, "figure").ToList();
        Assert.Equal(expected, figures.Select(f => (string?)f.Attribute("id")));
        foreach (var figure in figures)
        {
            var svg = Assert.Single(SvgProbe.All(figure, "svg"));
            // Axes and frame alone are a handful of shapes; data adds many more.
            Assert.True(SvgProbe.Shapes(svg) > 20, $"{figure.Attribute("id")} draws {SvgProbe.Shapes(svg)} shapes");
            Assert.NotEmpty(SvgProbe.All(figure, "figcaption").Single().Value);
        }
    }

    [Fact]
    public void Yield_stack_draws_a_segment_per_nonzero_layer_of_each_strategy()
    {
        // Sample: 3 strategies with 3, 4 and 3 non-zero layers.
        Assert.Equal(10, Bars(Page));
        var run = SampleRun.Create();
        Assert.Equal(3, Bars(HtmlReport.Build(run with { Strategies = [run.Strategies[0]] }, null)));

        // Bars are the filled rectangles of the first clipped group (the data area); the legend comes later.
        static int Bars(string page) => SvgProbe.All(SvgProbe.ById(SvgProbe.Parse(page), "chart-yield-stack")!, "g")
            .First(g => g.Attribute("clip-path") is not null).Elements()
            .Count(r => r.Name.LocalName == "rect" && (string?)r.Attribute("fill") is { } fill && fill != "none");
    }

    [Fact]
    public void Ids_are_unique_across_the_page_so_every_chart_clips_to_its_own_frame()
    {
        var ids = SvgProbe.Parse(Page).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains(ids, id => id.StartsWith("cl_", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_is_self_contained()
    {
        Assert.DoesNotContain("<script", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", Page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Page.Split("url(").Length, Page.Split("url(#").Length); // only references inside the page
        var links = SvgProbe.All(SvgProbe.Parse(Page), "a").Select(a => (string?)a.Attribute("href")).ToList();
        Assert.All(links, href => Assert.StartsWith("#", href));
    }

    [Fact]
    public void Tables_carry_the_figures()
    {
        var doc = SvgProbe.Parse(Page);
        var summary = SvgProbe.All(SvgProbe.ById(doc, "summary")!, "tr").Skip(1).ToList();
        Assert.Equal(3, summary.Count);
        var loop = summary.Single(r => r.Elements().First().Value == "loop-weeth");
        Assert.Equal("loop 10x", loop.Elements().ElementAt(1).Value);
        Assert.Equal("10.0 %", loop.Elements().Last().Value); // one path in ten liquidated
        Assert.Contains("secure: no profitable attack", SvgProbe.ById(doc, "security")!.Value);
        Assert.Contains("Nakamoto coefficient 3", SvgProbe.ById(doc, "security")!.Value);
    }

    [Fact]
    public void Names_are_escaped()
    {
        var page = HtmlReport.Build(SampleRun.Create(loopId: "loop<&>\"x"), null);
        var doc = SvgProbe.Parse(page);
        Assert.Contains(SvgProbe.All(doc, "td"), td => td.Value == "loop<&>\"x");
    }

    [Fact]
    public void Bands_section_reports_each_band_with_its_status()
    {
        var scenario = ScenarioLoader.Load(RepoPaths.Scenario("steth-june-2022.yaml"));
        var page = HtmlReport.Build(SampleRun.Create(), scenario);
        var bands = SvgProbe.ById(SvgProbe.Parse(page), "bands")!;
        var rows = SvgProbe.All(bands, "tr").Skip(1).Select(r => r.Elements().Select(e => e.Value).ToList()).ToList();
        Assert.Equal(scenario.Expected.Length, rows.Count);
        var pool = rows.Single(r => r[0] == "initial-pool-price");
        Assert.Equal(("curve-steth", "0.9370", "inside"), (pool[1], pool[4], pool[5]));
        // The sample run's stETH trades near 0.97 at worst: outside the replay's 0.90-0.945 band.
        Assert.Equal("OUTSIDE", rows.Single(r => r[0] == "min-price")[5]);
        Assert.Equal("not measured", rows.Single(r => r[0] == "bad-debt")[5]); // no strategy "loop-steth" in the sample
        Assert.Contains("1 inside, 1 outside, 1 not measured", bands.Value);
    }

    [Fact]
    public void Without_the_scenario_the_bands_section_says_so()
    {
        var bands = SvgProbe.ById(SvgProbe.Parse(Page), "bands")!;
        Assert.Contains("not available", bands.Value);
    }
}
