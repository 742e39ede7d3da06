using Restake.Application.Runs;
using Restake.Scenarios.Model;

namespace Restake.Reports.Bands;

/// <summary>Checks a scenario's expected bands: pool prices from the scenario alone, the rest from a run's figures.</summary>
public static class ExpectedBands
{
    /// <summary>
    /// The outcome of every band of <paramref name="scenario"/>; figures that need a run are not measured when
    /// <paramref name="result"/> is null. Figures that vary by path are their means over paths.
    /// </summary>
    public static IReadOnlyList<BandOutcome> Check(Scenario scenario, RunResult? result) =>
        scenario.Expected.Select(band => BandOutcome.Of(band, Measure(band, scenario, result))).ToList();

    /// <summary>The figure <paramref name="band"/> is about, or null when it cannot be measured.</summary>
    public static double? Measure(ExpectedBand band, Scenario scenario, RunResult? result)
    {
        if (band.Metric == ExpectedMetric.InitialPoolPrice)
            return scenario.Venues.Pools.FirstOrDefault(p => p.Id == band.Of) is { } pool ? InitialPoolPrice.Of(pool) : null;
        if (result is null) return null;
        if (band.Metric == ExpectedMetric.MinPrice)
            return result.Output.Tokens.FirstOrDefault(t => t.Token == band.Of) is { MinPriceToNav.Length: > 0 } token
                ? token.MinPriceToNav.Average()
                : null;
        if (result.Strategies.FirstOrDefault(s => s.Id == band.Of) is not { } strategy) return null;
        return band.Metric switch
        {
            ExpectedMetric.MeanApy => strategy.Yield.Apy,
            ExpectedMetric.MeanReturn => strategy.Yield.MeanFinalWealth - 1,
            ExpectedMetric.ProbabilityOfLoss => strategy.Loss.ProbabilityOfLoss,
            ExpectedMetric.ProbabilityOfLiquidation => strategy.Liquidations?.ProbabilityOfLiquidation,
            ExpectedMetric.BadDebt => strategy.Liquidations?.MeanBadDebt,
            _ => null,
        };
    }
}
