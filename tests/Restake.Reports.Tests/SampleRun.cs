using Restake.Analysis.Risk;
using Restake.Analysis.Yields;
using Restake.Application.Runs;
using Restake.Simulation.Results;

namespace Restake.Reports.Tests;

/// <summary>
/// A small synthetic run result with every part a report shows: three strategies (one levered), per-path output,
/// wealth and market bands, a traded token, operator concentration and AVS security. Deterministic.
/// </summary>
public static class SampleRun
{
    public const int Paths = 200;
    public const double EthUsd = 3000;

    public static RunResult Create(string? scenarioFile = null, string loopId = "loop-weeth")
    {
        var ids = new[] { "hold-steth", loopId, "lp-steth" };
        var random = new Random(7);
        var strategies = new List<StrategyPaths>();
        foreach (var (id, k) in ids.Select((id, k) => (id, k)))
        {
            var s = new StrategyPaths(id, Paths);
            for (var p = 0; p < Paths; p++)
            {
                var gain = 0.03 * (k + 1) + 0.02 * (k + 1) * Normal(random);
                s.Layers[(int)YieldLayer.Consensus][p] = 0.028f;
                s.Layers[(int)YieldLayer.TokenIncentives][p] = k == 1 ? 0.01f : 0;
                s.Layers[(int)YieldLayer.LstFee][p] = -0.003f;
                s.Layers[(int)YieldLayer.Depeg][p] = (float)(gain - 0.025 - (k == 1 ? 0.01 : 0));
                s.FinalWealth[p] = 1 + YieldLayers.All.Sum(l => s.Layers[(int)l][p]);
                s.MaxDrawdown[p] = (float)Math.Abs(0.01 * Normal(random));
                s.Liquidations[p] = k == 1 && p % 10 == 0 ? 1 : 0;
                s.BadDebt[p] = k == 1 && p % 50 == 0 ? 0.002 : 0;
            }

            strategies.Add(s);
        }

        var token = new TokenPaths("stETH", "curve-steth", Paths);
        for (var p = 0; p < Paths; p++)
        {
            token.MinPriceToNav[p] = (float)(0.99 - 0.02 * Math.Abs(Normal(random)));
            token.DaysBelowPeg[p] = p % 7;
            token.FinalNav[p] = 1.03;
        }

        var days = Enumerable.Range(0, 31).Select(d => (double)d * 12).ToArray();
        var wealthBands = strategies.Select(s => Band($"wealth:{s.StrategyId}", "ETH", days, d => 1 + 0.0001 * d, 0.0004)).ToList();
        var marketBands = new List<QuantileBand>
        {
            Band("eth-usd", "USD", days, _ => EthUsd, 5),
            Band("price:stETH", "ratio", days, d => 0.999 - 0.00002 * d, 0.00005),
        };
        var output = new SimulationOutput(Paths, 365, strategies, [token], wealthBands, marketBands);
        var summaries = strategies.Select((s, k) => Summary(s, k == 1)).ToList();
        var depeg = new DepegFigures("stETH", "curve-steth", 0.02, 0.018, 0.04, 0.05, 0.07, 0.9, 0.1, 3, 6);
        var security = new NetworkSecurityFigures(true, "secure: no profitable attack", 0,
        [
            new AvsSecurityFigures("oracle", 6e8, 4e8, 5e7, 8, 3, 0.35),
            new AvsSecurityFigures("bridge", 3e8, 2e8, 3e8, 0.67, 2, 0.5),
        ]);
        var info = new RunInfo("sample", scenarioFile, 42, Paths, 365, 1, RunMode.Fast, 4, 1.25);
        return new RunResult(info, summaries, [depeg], new ConcentrationFigures(6, 0.2, 3, 1.0 / 3), security, output);
    }

    private static StrategySummary Summary(StrategyPaths s, bool levered)
    {
        var mean = s.FinalWealth.Average();
        var layers = YieldLayers.All.Select(l => new LayerYield(l, YieldLayers.Name(l), s.Layers[(int)l].Average(), s.Layers[(int)l].Average())).ToList();
        var yield = new YieldFigures(mean, 0.001, mean - 1, mean - 1, YieldFigures.SimpleAprConvention, YieldFigures.CompoundApyConvention, layers);
        var loss = new LossDistribution(1 - mean, 1 - mean, s.FinalWealth.Count(w => w < 1) / (double)Paths, 0.01, 0.02, 0.03, 0.04, 0.005, 0.01, 0.03);
        var liquidations = levered
            ? new LiquidationFigures(s.Liquidations.Count(c => c > 0) / (double)Paths, s.Liquidations.Average(), s.BadDebt.Average(), s.BadDebt.Max())
            : null;
        return new StrategySummary(s.StrategyId, levered ? "loop" : s.StrategyId.StartsWith("lp", StringComparison.Ordinal) ? "lp" : "hold",
            levered ? "weETH" : "stETH", levered ? "aave-core" : s.StrategyId.StartsWith("lp", StringComparison.Ordinal) ? "curve-steth" : null,
            levered ? 10 : null, 2, yield, [new Projection(1, mean, 2 * mean)], loss, liquidations);
    }

    private static QuantileBand Band(string series, string unit, double[] days, Func<double, double> centre, double spread) =>
        new(series, unit, QuantileBand.StandardLevels, days,
            QuantileBand.StandardLevels.Select(q => days.Select(d => centre(d) + spread * (q - 0.5) * 4 * Math.Sqrt(d + 1)).ToArray()).ToArray());

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
