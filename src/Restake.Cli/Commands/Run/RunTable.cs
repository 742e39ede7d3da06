using System.Globalization;
using Restake.Application.Runs;
using Spectre.Console;

namespace Restake.Cli.Commands.Run;

/// <summary>The terminal summary of a run: one row per strategy, then depegs and the network's figures.</summary>
internal static class RunTable
{
    public static void Print(IAnsiConsole console, RunResult result)
    {
        var table = new Table().Title($"{Markup.Escape(result.Run.ScenarioName)} — {result.Run.HorizonDays:0} days")
            .AddColumns("strategy", "APR", "APY", "±SE", "P(loss)", "VaR95", "CVaR99", "max DD", "liq.");
        foreach (var s in result.Strategies)
            table.AddRow(Markup.Escape(s.Id), Pct(s.Yield.Apr), Pct(s.Yield.Apy), Pct(s.Yield.StdErr), Pct(s.Loss.ProbabilityOfLoss),
                Pct(s.Loss.VaR95), Pct(s.Loss.CVaR99), Pct(s.Loss.MeanMaxDrawdown),
                s.Liquidations is { } l ? Pct(l.ProbabilityOfLiquidation) : "—");
        console.Write(table);
        foreach (var d in result.Depegs)
            console.MarkupLine($"depeg {Markup.Escape(d.Token)}: mean depth {Pct(d.MeanDepth)}, p99 {Pct(d.DepthP99)}, P(>1 %) {Pct(d.ProbabilityOver1Pct)}, days below peg {d.MeanDaysBelowPeg:0.0}");
        var c = result.OperatorConcentration;
        console.MarkupLine($"operators: HHI {c.Hhi:0.000}, Nakamoto coefficient {c.NakamotoCoefficient}");
        if (result.Security is { } sec) console.MarkupLine($"security: {Markup.Escape(sec.Verdict)}");
    }

    private static string Pct(double x) => (x * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
