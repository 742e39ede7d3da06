using Restake.Application.Runs;
using Restake.Reports.Charts;
using Restake.Simulation.Results;
using ScottPlot;

namespace Restake.Reports.Html;

/// <summary>The charts of a run's report, each with a stable id, a caption and its plot.</summary>
public static class ReportCharts
{
    /// <summary>Most strategies given a fan chart of their own (the rest are in the tables and the other charts).</summary>
    public const int MaxFanCharts = 12;

    /// <summary>A chart to embed: id (unique in the page), section it belongs to, caption, plot.</summary>
    public sealed record Chart(string Id, string Section, string Caption, Plot Plot);

    /// <summary>Every chart the run's figures allow, in page order.</summary>
    public static IReadOnlyList<Chart> For(RunResult result)
    {
        var charts = new List<Chart>();
        if (result.Strategies.Count > 0)
            charts.Add(new Chart("chart-yield-stack", "yield", "Simple APR of each layer (gains above zero, fees and losses below); the diamond is the strategy's net APY.",
                YieldStackChart.Create(result.Strategies)));
        if (result.Output.Strategies.Count > 0)
            charts.Add(new Chart("chart-loss-distribution", "loss", "Share of paths by loss at the horizon, per strategy (common bins).",
                LossDistributionChart.Create(result.Output.Strategies)));
        foreach (var band in result.Output.WealthBands.Where(b => b.Series.StartsWith("wealth:", StringComparison.Ordinal) && Drawable(b)).Take(MaxFanCharts))
        {
            var id = band.Series["wealth:".Length..];
            charts.Add(new Chart($"chart-wealth-{Slug(id)}", "wealth", $"Wealth of {id} per ETH of capital over time: median and quantile ranges across paths.",
                FanChart.Create(band, $"Wealth fan — {id}", "ETH per ETH of capital")));
        }

        foreach (var band in result.Output.MarketBands.Where(b => b.Series.StartsWith("price:", StringComparison.Ordinal) && Drawable(b)))
        {
            var token = band.Series["price:".Length..];
            charts.Add(new Chart($"chart-depeg-{Slug(token)}", "depeg", $"Pool price of {token} relative to its redemption value over time (1 = at peg).",
                FanChart.Create(band, $"Depeg timeline — {token}", "pool price / redemption value")));
        }

        if (result.Security is { Avss.Count: > 0 } security)
            charts.Add(new Chart("chart-security", "security", "Cost of corruption against profit from corruption for each AVS (unique-stake model).",
                SecurityChart.Create(security)));
        return charts;
    }

    /// <summary>An id-safe form of <paramref name="text"/>: letters, digits and '-'.</summary>
    public static string Slug(string text) =>
        new(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());

    /// <summary>Whether a quantile band has the levels a fan chart draws.</summary>
    public static bool Drawable(QuantileBand band) => band.Levels.Contains(0.5) && band.Days.Count > 0;
}
