using Restake.Application.Runs;
using Restake.Scenarios.Model;
using Restake.Simulation.Results;

namespace Restake.Reports.Exports;

/// <summary>Maps a run's strategies to DefiLlama pool records.</summary>
public static class DefiLlamaYields
{
    /// <summary>The chain every scenario simulates.</summary>
    public const string Chain = "Ethereum";

    /// <summary>The project name strategies are reported under.</summary>
    public const string Project = "restake";

    /// <summary>
    /// One record per strategy: pool "SCENARIO-STRATEGY", symbol the asset (pool tokens joined by "-" for LPs), TVL the
    /// capital at the starting ETH price, apyReward the token-incentive layer's simple APR and apyBase the rest of the
    /// compounded APY (so apy is the strategy's APY), all in percent.
    /// </summary>
    public static IReadOnlyList<DefiLlamaPool> From(RunResult result, Scenario? scenario)
    {
        var ethUsd = StartingEthUsd(result, scenario);
        return result.Strategies.Select(s =>
        {
            var reward = s.Yield.Layers.Where(l => l.Layer == YieldLayer.TokenIncentives).Sum(l => l.Apr) * 100;
            var apy = s.Yield.Apy * 100;
            return new DefiLlamaPool(
                $"{result.Run.ScenarioName}-{s.Id}".ToLowerInvariant(),
                Chain,
                Project,
                Symbol(s, scenario),
                s.CapitalEth * ethUsd,
                apy - reward,
                reward,
                apy,
                Meta(s));
        }).ToList();
    }

    /// <summary>ETH/USD at day 0: the median of the run's "eth-usd" band, else the scenario's starting price, else 0.</summary>
    public static double StartingEthUsd(RunResult result, Scenario? scenario)
    {
        var band = result.Output.MarketBands.FirstOrDefault(b => b.Series == "eth-usd");
        if (band is { Days.Count: > 0 })
        {
            var median = band.Levels.ToList().IndexOf(0.5);
            if (median >= 0) return band.Values[median][0];
        }

        return scenario?.Assets.EthUsd is GbmPrice gbm ? gbm.Initial : 0;
    }

    private static string Symbol(StrategySummary s, Scenario? scenario)
    {
        var pool = s.Kind == "lp" ? scenario?.Venues.Pools.FirstOrDefault(p => p.Id == s.Venue) : null;
        return (pool is null ? s.Asset : string.Join("-", pool.Tokens)).ToUpperInvariant();
    }

    private static string Meta(StrategySummary s) => s.Kind switch
    {
        "loop" => $"loop {s.Leverage:0.##}x on {s.Venue}",
        _ when s.Venue is not null => $"{s.Kind} on {s.Venue}",
        _ => s.Kind,
    };
}
