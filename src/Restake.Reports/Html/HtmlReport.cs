using System.Globalization;
using System.Text;
using Restake.Application.Runs;
using Restake.Reports.Bands;
using Restake.Reports.Charts;
using Restake.Scenarios.Model;
using Restake.Simulation.Results;
using static Restake.Reports.Html.HtmlText;

namespace Restake.Reports.Html;

/// <summary>
/// The run report as one self-contained XHTML page: styles inline, charts as inline SVG, no scripts and no external
/// resources, so the file opens offline and anywhere.
/// </summary>
public static class HtmlReport
{
    /// <summary>Section ids, in page order.</summary>
    public static readonly string[] Sections = ["summary", "yield", "loss", "wealth", "depeg", "security", "bands", "files"];

    /// <summary>The page for <paramref name="result"/>; <paramref name="scenario"/> (when known) adds the expected-band section.</summary>
    public static string Build(RunResult result, Scenario? scenario)
    {
        var charts = ReportCharts.For(result);
        var html = new StringBuilder();
        var run = result.Run;
        html.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Append($"<title>{Escape(run.ScenarioName)} — restake run report</title>\n<style>{PageStyle.Css}</style>\n</head>\n<body>\n");
        html.Append($"<header><h1>{Escape(run.ScenarioName)}</h1><p class=\"meta\">").Append(Escape(RunLine(run))).Append("</p>");
        if (scenario?.Description is { } description) html.Append("<p>").Append(Escape(description.Trim())).Append("</p>");
        html.Append("<nav>").Append(string.Join(" · ", Sections.Select(s => $"<a href=\"#{s}\">{s}</a>"))).Append("</nav></header>\n");

        Section(html, "summary", "Summary", SummaryTable(result));
        Section(html, "yield", "Yield stack", LayerTable(result) + Figures(charts, "yield"));
        Section(html, "loss", "Loss distribution", LossTable(result) + Figures(charts, "loss"));
        Section(html, "wealth", "Wealth over time", Figures(charts, "wealth", "No wealth bands were recorded."));
        Section(html, "depeg", "Depeg and liquidations", DepegTable(result) + LiquidationTable(result) + Figures(charts, "depeg", ""));
        Section(html, "security", "Security", SecuritySection(result) + Figures(charts, "security", ""));
        Section(html, "bands", "Expected bands", BandSection(scenario is null ? null : ExpectedBands.Check(scenario, result)));
        Section(html, "files", "Files and conventions", FilesSection(result));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string RunLine(RunInfo run)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{run.Paths:N0} paths · seed {run.Seed} · {run.HorizonDays:G6} days in steps of {run.StepDays:G6} day · {run.Mode.ToString().ToLowerInvariant()} mode · {run.Batches} batches · {run.ElapsedSeconds:F1} s");
        return run.ScenarioFile is null ? line : $"{line} · {Path.GetFileName(run.ScenarioFile)}";
    }

    private static void Section(StringBuilder html, string id, string title, string body) =>
        html.Append($"<section id=\"{id}\">\n<h2>{Escape(title)}</h2>\n").Append(body).Append("</section>\n");

    private static string Figures(IReadOnlyList<ReportCharts.Chart> charts, string section, string? whenNone = null)
    {
        var html = new StringBuilder();
        foreach (var chart in charts.Where(c => c.Section == section))
            html.Append($"<figure class=\"chart\" id=\"{chart.Id}\">").Append(ChartSvg.Render(chart.Plot))
                .Append("<figcaption>").Append(Escape(chart.Caption)).Append("</figcaption></figure>\n");
        if (html.Length == 0 && !string.IsNullOrEmpty(whenNone)) html.Append("<p class=\"none\">").Append(Escape(whenNone)).Append("</p>\n");
        return html.ToString();
    }

    private static string SummaryTable(RunResult result) => Table(
        ["strategy", "kind", "asset", "venue", "APY", "APR", "mean W_T", "± s.e.", "P(loss)", "CVaR 95", "CVaR 99", "mean max drawdown", "P(liquidation)"],
        result.Strategies.Select(s => (IReadOnlyList<string>)
        [
            s.Id, s.Kind + (s.Leverage is { } l ? $" {l:0.##}x" : ""), s.Asset, s.Venue ?? "", Percent(s.Yield.Apy), Percent(s.Yield.Apr),
            Number(s.Yield.MeanFinalWealth, 6), Number(s.Yield.StdErr, 6), Percent(s.Loss.ProbabilityOfLoss, 1), Percent(s.Loss.CVaR95),
            Percent(s.Loss.CVaR99), Percent(s.Loss.MeanMaxDrawdown), Percent(s.Liquidations?.ProbabilityOfLiquidation, 1),
        ]), "numbers");

    private static string LayerTable(RunResult result)
    {
        var layers = YieldLayers.All.Where(layer => result.Strategies.Any(s => s.Yield.Layers.Any(l => l.Layer == layer && l.Apr != 0))).ToList();
        return Table(["strategy", .. layers.Select(YieldLayers.Name), "APY"],
            result.Strategies.Select(s => (IReadOnlyList<string>)
            [
                s.Id, .. layers.Select(layer => Percent(s.Yield.Layers.Where(l => l.Layer == layer).Sum(l => l.Apr))), Percent(s.Yield.Apy),
            ]), "numbers");
    }

    private static string LossTable(RunResult result) => Table(
        ["strategy", "mean loss", "median loss", "VaR 95", "CVaR 95", "VaR 99", "CVaR 99", "drawdown p95", "worst drawdown"],
        result.Strategies.Select(s => (IReadOnlyList<string>)
        [
            s.Id, Percent(s.Loss.Mean), Percent(s.Loss.Median), Percent(s.Loss.VaR95), Percent(s.Loss.CVaR95), Percent(s.Loss.VaR99),
            Percent(s.Loss.CVaR99), Percent(s.Loss.MaxDrawdownP95), Percent(s.Loss.WorstMaxDrawdown),
        ]), "numbers");

    private static string DepegTable(RunResult result) => result.Depegs.Count == 0
        ? "<p class=\"none\">No traded liquid token in this scenario.</p>\n"
        : Table(["token", "pool", "mean depth", "median", "p95", "p99", "worst", "P(depth > 1 %)", "P(depth > 5 %)", "mean days below peg", "days below peg p95"],
            result.Depegs.Select(d => (IReadOnlyList<string>)
            [
                d.Token, d.Pool ?? "", Percent(d.MeanDepth), Percent(d.MedianDepth), Percent(d.DepthP95), Percent(d.DepthP99), Percent(d.WorstDepth),
                Percent(d.ProbabilityOver1Pct, 1), Percent(d.ProbabilityOver5Pct, 1), Number(d.MeanDaysBelowPeg, 1), Number(d.DaysBelowPegP95, 1),
            ]), "numbers");

    private static string LiquidationTable(RunResult result)
    {
        var levered = result.Strategies.Where(s => s.Liquidations is not null).ToList();
        return levered.Count == 0
            ? ""
            : Table(["strategy", "venue", "leverage", "P(liquidation)", "mean liquidations", "mean bad debt (ETH/ETH)", "max bad debt"],
                levered.Select(s => (IReadOnlyList<string>)
                [
                    s.Id, s.Venue ?? "", s.Leverage is { } l ? $"{l:0.##}x" : "", Percent(s.Liquidations!.ProbabilityOfLiquidation, 1),
                    Number(s.Liquidations.MeanCount, 2), Number(s.Liquidations.MeanBadDebt, 6), Number(s.Liquidations.MaxBadDebt, 6),
                ]), "numbers");
    }

    private static string SecuritySection(RunResult result)
    {
        var c = result.OperatorConcentration;
        var html = new StringBuilder();
        html.Append(string.Create(CultureInfo.InvariantCulture,
            $"<p>Operator concentration: {c.Operators} operators, HHI {c.Hhi:F4}, Nakamoto coefficient {c.NakamotoCoefficient} (fewest operators holding over {c.NakamotoThreshold:P0} of the stake).</p>\n"));
        if (result.Security is not { } security)
            return html.Append("<p class=\"none\">No AVSs in this scenario.</p>\n").ToString();
        html.Append("<p class=\"verdict\">").Append(Escape(security.Verdict)).Append(string.Create(CultureInfo.InvariantCulture,
            $" — best attack profit {security.MaxAttackProfitUsd:N0} USD.")).Append("</p>\n");
        html.Append(Table(["AVS", "securing stake (USD)", "cost of corruption (USD)", "profit from corruption (USD)", "cost / profit", "Nakamoto", "HHI"],
            security.Avss.Select(a => (IReadOnlyList<string>)
            [
                a.Avs, Number(a.SecuringStakeUsd, 0), Number(a.CostOfCorruptionUsd, 0), Number(a.ProfitFromCorruptionUsd, 0), Number(a.CostToProfit, 2),
                a.NakamotoCoefficient.ToString(CultureInfo.InvariantCulture), Number(a.Hhi, 4),
            ]), "numbers"));
        return html.ToString();
    }

    private static string BandSection(IReadOnlyList<BandOutcome>? outcomes)
    {
        if (outcomes is null) return "<p class=\"none\">The scenario file was not available to read its expected bands.</p>\n";
        if (outcomes.Count == 0) return "<p class=\"none\">The scenario states no expected bands.</p>\n";
        var inside = outcomes.Count(o => o.Status == BandStatus.Inside);
        var outside = outcomes.Count(o => o.Status == BandStatus.Outside);
        return $"<p class=\"{(outside == 0 ? "pass" : "fail")}\">{inside} inside, {outside} outside, {outcomes.Count - inside - outside} not measured.</p>\n" +
            Table(["metric", "of", "min", "max", "value", "status", "source"],
                outcomes.Select(o => (IReadOnlyList<string>)
                [
                    YamlName(o.Band.Metric), o.Band.Of, Number(o.Band.Min, 4), Number(o.Band.Max, 4), Number(o.Value, 4),
                    o.Status switch { BandStatus.Inside => "inside", BandStatus.Outside => "OUTSIDE", _ => "not measured" }, o.Band.Source ?? "",
                ]), "numbers bands");
    }

    private static string FilesSection(RunResult result) =>
        "<ul>" +
        "<li><code>paths.csv</code>, <code>paths.parquet</code>: one row per strategy and path — final wealth, return, drawdown, liquidations, bad debt and each layer's contribution.</li>" +
        "<li><code>token-paths.csv</code>, <code>token-paths.parquet</code>: one row per traded token and path — lowest price relative to redemption value, days below peg, final redemption value.</li>" +
        "<li><code>defillama-yields.json</code>: each strategy in DefiLlama's pool schema (pool, chain, project, symbol, tvlUsd, apyBase, apyReward, apy; rates in percent).</li>" +
        "</ul>\n" +
        $"<p>APR: {Escape(result.Strategies.FirstOrDefault()?.Yield.AprConvention ?? "")}. APY: {Escape(result.Strategies.FirstOrDefault()?.Yield.ApyConvention ?? "")}. " +
        "Losses are 1 − W_T in ETH per ETH of capital; VaR and CVaR are of that loss.</p>\n";

    private static string YamlName(ExpectedMetric metric) =>
        string.Concat(metric.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
