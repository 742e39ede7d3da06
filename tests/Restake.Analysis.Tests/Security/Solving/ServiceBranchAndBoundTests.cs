using Restake.Analysis.Security;
using Restake.Analysis.Security.Solving;
using Restake.Numerics;

namespace Restake.Analysis.Tests.Security.Solving;

/// <summary>The service branch and bound for γ* against exhaustive search and against Dinkelbach on MILP-1.</summary>
public class ServiceBranchAndBoundTests
{
    /// <summary>The most profitable single-service attack's coalition: a valid starting witness.</summary>
    private static (Attack Witness, Rational Ratio)? Start(RestakingNetwork g)
    {
        var best = ServiceMeasures.Compute(g).Where(r => r.Profit.Sign > 0).MinBy(r => r.CostOfCorruption / r.Profit);
        if (best is null) return null;
        var attack = Attack.Pooled([best.Service], best.CheapestCoalition);
        var c = AttackVerifier.Check(g, attack);
        Assert.True(c.Attacking);
        return (attack, c.Cost / c.Profit);
    }

    [Fact]
    public void Proves_the_brute_force_ratio_on_small_networks()
    {
        var proven = 0;
        for (var seed = 0; seed < 60; seed++)
        {
            var g = RandomNetworks.Pooled(seed, maxValidators: 9, maxServices: 6);
            var (_, gammaStar) = new BruteForceOracle(g).Attacks();
            if (Start(g) is not { } start)
            {
                Assert.Null(gammaStar);
                continue;
            }

            var r = new ServiceBranchAndBound(new ScaledNetwork(g)).Solve(start.Witness, start.Ratio, 20);
            var c = AttackVerifier.Check(g, r.Witness);
            Assert.True(c.Attacking && c.Profit.Sign > 0, $"{g.Name}: witness does not attack");
            Assert.Equal(r.Ratio, c.Cost / c.Profit);
            Assert.True(r.Proven, $"{g.Name}: not proven (bound {r.Bound}, ratio {r.Ratio})");
            Assert.Equal(gammaStar, r.Ratio - Rational.One);
            proven++;
        }

        Assert.True(proven > 40);
    }

    [Fact]
    public void Bound_never_passes_the_optimum_when_stopped_early()
    {
        for (var seed = 100; seed < 130; seed++)
        {
            var g = RandomNetworks.Pooled(seed, maxValidators: 9, maxServices: 6, positiveStakes: true);
            var (_, gammaStar) = new BruteForceOracle(g).Attacks();
            if (Start(g) is not { } start) continue;
            // A budget this small stops after the first nodes: the bound must still hold.
            var r = new ServiceBranchAndBound(new ScaledNetwork(g)).Solve(start.Witness, start.Ratio, 0.06);
            Assert.True(r.Bound - Rational.One <= gammaStar!.Value, $"{g.Name}: bound {r.Bound - Rational.One} above γ* {gammaStar}");
            Assert.True(r.Ratio - Rational.One >= gammaStar.Value);
            Assert.True(r.Ratio <= start.Ratio);
        }
    }

    [Fact]
    public void Agrees_with_dinkelbach_on_medium_generated_networks()
    {
        for (var seed = 1; seed <= 3; seed++)
        {
            var g = NetworkGenerator.Generate(new GeneratorSpec(Operators: 120, Services: 8, MaxDegree: 5, Seed: seed));
            var bb = new ExactAnalysis(g, new SolverOptions(TimeLimitSeconds: 30, Workers: 1)).GammaStar();
            var dk = new ExactAnalysis(g, new SolverOptions(TimeLimitSeconds: 30, Workers: 1, ServiceBranching: false)).GammaStar();
            Assert.StartsWith("stake-share branch and bound", bb.Info.Method);
            Assert.True(bb.Info.Proven && dk.Info.Proven, $"{g.Name}: branch and bound {bb.Info.Proven}, Dinkelbach {dk.Info.Proven}");
            Assert.Equal(dk.GammaStar, bb.GammaStar);
            Assert.Equal(bb.GammaStar, bb.LowerBound);
        }
    }
}
