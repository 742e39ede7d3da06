using Restake.Application.Runs;
using Restake.Simulation.Results;
using Restake.Simulation.World;

namespace Restake.Application.Tests.Runs;

/// <summary>Closed forms: the riskless world compounds exactly; AVS slashing matches the unique-stake formula.</summary>
public class AnalyticTests
{
    private static RunResult Run(string text, long paths, RunMode mode = RunMode.Fast) =>
        RunService.Run(new RunRequest(null, text, "test.yaml", paths, null, mode));

    [Fact]
    public void Riskless_world_gives_exactly_the_compounded_rate()
    {
        var result = Run(Worlds.Riskless, 4);
        var consensus = 166.3 / Math.Sqrt(34_000_000) * 0.97;
        var gross = consensus + 0.005;
        double Compound(double rate)
        {
            var w = 1.0;
            for (var d = 0; d < 365; d++) w += w * (rate / 365);
            return w;
        }

        var expected = new[] { Compound(gross), Compound(gross * 0.75), Compound(gross * 0.9) };
        for (var i = 0; i < expected.Length; i++)
        {
            var s = result.Output.Strategies[i];
            Assert.All(s.FinalWealth, w => Assert.Equal(expected[i], w, 12));
            Assert.Equal(expected[i] - 1, result.Strategies[i].Yield.Apr, 12);
            Assert.Equal(0, result.Strategies[i].Loss.ProbabilityOfLoss);
        }

        // Layers add up: consensus + execution (+ fee) = final − 1.
        var solo = result.Strategies[0].Yield.Layers;
        Assert.Equal(expected[0] - 1, solo.Sum(l => l.MeanContribution), 6);
        Assert.True(solo.Single(l => l.Layer == YieldLayer.Consensus).MeanContribution > 0);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(500, 0.04 * (0.5 / 0.8) * 0.5 * 0.9)]
    [InlineData(950, (0.04 + 0.5 * (0.95 - 0.8) / 0.2) * 0.95 * 0.9)]
    public void Lending_earns_the_curve_rate_at_the_utilisation_other_borrowers_set(double borrowed, double supplyApr)
    {
        var text = Worlds.Riskless.Replace("holders:", $$"""
            venues:
              lendingMarkets:
                - id: market
                  kind: aave
                  collateral: stETH
                  debt: ETH
                  ltv: 0.8
                  liquidationThreshold: 0.85
                  liquidationBonus: 0.05
                  oracle: exchange-rate
                  borrowRate: { base: 0, slope1: 0.04, slope2: 0.5, optimalUtilisation: 0.8 }
                  supplyEth: 1000
                  borrowedEth: {{borrowed}}
            holders:
            """).Replace("  - { id: solo, kind: stake, asset: ETH }", "  - { id: lend, kind: lend, asset: ETH, venue: market }");
        var result = Run(text, 4);
        var expected = 1.0;
        for (var d = 0; d < 365; d++) expected += expected * (supplyApr / 365);
        Assert.All(result.Output.Strategies[0].FinalWealth, w => Assert.Equal(expected, w, 12));
    }

    [Theory]
    [InlineData(RunMode.Fast)]
    [InlineData(RunMode.Exact)]
    public void Single_avs_mean_loss_matches_the_closed_form(RunMode mode)
    {
        const double p = 0.3, f = 0.4, m = 0.5;
        var text = Worlds.Avss($$"""
              - id: a
                reward: { token: ETH, aprOnAllocated: 0 }
                faultProbabilityPerYear: {{p}}
                slashFraction: {{f}}
                operatorSets: [ { id: s, allocations: [ { operator: op1, magnitude: {{m}} } ] } ]
            """);
        var paths = mode == RunMode.Fast ? 40_000 : 2_000;
        var result = Run(text, paths, mode);
        var q = WorldModel.StepProbability(p, 1);
        var expected = m * (1 - Math.Pow(1 - q * f, 365));
        var slashing = result.Output.Strategies[0].Layers[(int)YieldLayer.AvsSlashing];
        var mean = slashing.Average(x => (double)x);
        var se = Math.Sqrt(slashing.Sum(x => (x - mean) * (x - mean)) / (paths - 1) / paths);
        Assert.True(Math.Abs(-mean - expected * Compounded()) <= 3 * se + 1e-4, $"mean loss {-mean} vs {expected * Compounded()} ± {se}");
    }

    [Fact]
    public void Two_avss_sharing_the_operator_compound_as_the_unique_stake_formula()
    {
        const double p1 = 0.5, f1 = 0.3, m1 = 0.4, p2 = 0.2, f2 = 0.6, m2 = 0.5;
        var text = Worlds.Avss($$"""
              - id: a
                reward: { token: ETH, aprOnAllocated: 0 }
                faultProbabilityPerYear: {{p1}}
                slashFraction: {{f1}}
                operatorSets: [ { id: s, allocations: [ { operator: op1, magnitude: {{m1}} } ] } ]
              - id: b
                reward: { token: ETH, aprOnAllocated: 0 }
                faultProbabilityPerYear: {{p2}}
                slashFraction: {{f2}}
                operatorSets: [ { id: s, allocations: [ { operator: op1, magnitude: {{m2}} } ] } ]
            """);
        const int paths = 40_000;
        var result = Run(text, paths);
        // Each AVS slashes only its own allocation, geometrically in its faults; the losses add (EigenLayer unique stake).
        double Lost(double p, double f, double m) => m * (1 - Math.Pow(1 - WorldModel.StepProbability(p, 1) * f, 365));
        var expected = (Lost(p1, f1, m1) + Lost(p2, f2, m2)) * Compounded();
        var slashing = result.Output.Strategies[0].Layers[(int)YieldLayer.AvsSlashing];
        var mean = slashing.Average(x => (double)x);
        var se = Math.Sqrt(slashing.Sum(x => (x - mean) * (x - mean)) / (paths - 1) / paths);
        Assert.True(Math.Abs(-mean - expected) <= 3 * se + 1e-4, $"mean loss {-mean} vs {expected} ± {se}");
    }

    /// <summary>Slashing lands on wealth that has been earning staking rewards; the loss scales by about half a year of them.</summary>
    private static double Compounded() => 1 + (166.3 / Math.Sqrt(34_000_000) * 0.97 + 0.005) * 0.5;
}
