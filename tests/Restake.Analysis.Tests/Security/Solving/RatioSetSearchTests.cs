using Restake.Analysis.Security;
using Restake.Analysis.Security.Solving;
using Restake.Numerics;

namespace Restake.Analysis.Tests.Security.Solving;

/// <summary>The γ* set search and the split-stake formulation it steps on, against exhaustive search.</summary>
public class RatioSetSearchTests
{
    [Fact]
    public void Split_stake_programs_have_the_brute_force_optimum()
    {
        for (var seed = 0; seed < 80; seed++)
        {
            var g = RandomNetworks.Pooled(seed, maxValidators: 9, maxServices: 5);
            var n = new ScaledNetwork(g);
            var (maxProfit, gammaStar) = new BruteForceOracle(g).Attacks();
            var split = new AttackProgram(n, AttackObjective.MaxProfit, splitStake: true);
            var best = Rational.Zero;
            if (!split.IsEmpty)
            {
                var outcome = new CpSatSolver().Solve(split.Program, new SolverOptions(Workers: 1));
                Assert.Equal(SolveStatus.Optimal, outcome.Status);
                var attack = split.Decode(outcome.Values!);
                var c = AttackVerifier.Check(g, attack);
                Assert.True(c.Attacking, $"{g.Name}: decoded assignment does not attack");
                Assert.Equal(n.ToRational(outcome.Objective), c.Net);
                best = c.Net;
            }

            Assert.Equal(maxProfit, best);
            if (gammaStar is not { } gs) continue;

            // At λ = 1 + γ* no attacking coalition has λ·π_A − σ_B > 0, and the optimal one reaches 0.
            var lam = gs + Rational.One;
            var slack = new AttackProgram(n, AttackObjective.Ratio, ratio: ((long)lam.Numerator, (long)lam.Denominator), splitStake: true);
            var at = new CpSatSolver().Solve(slack.Program, new SolverOptions(Workers: 1));
            Assert.Equal(SolveStatus.Optimal, at.Status);
            Assert.Equal(0, at.Objective);
        }
    }

    [Fact]
    public void Hint_of_a_split_stake_program_is_feasible()
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var g = RandomNetworks.Pooled(seed, maxValidators: 9, maxServices: 5, positiveStakes: true);
            var n = new ScaledNetwork(g);
            var split = new AttackProgram(n, AttackObjective.Ratio, ratio: (1, 1), splitStake: true);
            var best = ServiceMeasures.Compute(g).Where(r => r.Profit.Sign > 0 && split.Services.Contains(r.Service)).MinBy(r => r.CostOfCorruption / r.Profit);
            if (best is null) continue;
            var encoded = split.Encode(Attack.Pooled([best.Service], best.CheapestCoalition));
            Assert.True(split.Program.IsFeasible(encoded), $"{g.Name}: the encoding of an attacking coalition is infeasible");
        }
    }

    [Fact]
    public void Covers_of_found_sets_attack_them_and_never_beat_the_optimum()
    {
        var found = 0;
        for (var seed = 0; seed < 80; seed++)
        {
            var g = RandomNetworks.Pooled(seed, maxValidators: 9, maxServices: 6, positiveStakes: true);
            var (_, gammaStar) = new BruteForceOracle(g).Attacks();
            if (gammaStar is not { } gs) continue;
            var n = new ScaledNetwork(g);
            using var search = new RatioSetSearch(n);
            // Starting above every ratio, the search must name some set.
            var set = search.Search(1e9, 5);
            Assert.NotNull(set);
            Assert.NotEmpty(set);
            var attack = search.Cover(set, 5);
            Assert.NotNull(attack);
            Assert.Equal(set.Order(), attack.Services.Order());
            var c = AttackVerifier.Check(g, attack);
            Assert.True(c.Attacking && c.Profit.Sign > 0, $"{g.Name}: cover does not attack its set");
            Assert.True(c.Cost / c.Profit - Rational.One >= gs, $"{g.Name}: cover ratio below γ*");
            if (c.Cost / c.Profit - Rational.One == gs) found++;
        }

        // A heuristic, but on networks this small it should land on most optima.
        Assert.True(found >= 55, $"only {found} optima found");
    }

    [Fact]
    public void Finds_a_better_attack_than_every_single_service_on_a_generated_network()
    {
        var g = NetworkGenerator.Generate(new GeneratorSpec(Operators: 300, Services: 12, MaxDegree: 6, Seed: 5));
        var n = new ScaledNetwork(g);
        var single = ServiceMeasures.Compute(g).Where(r => r.Profit.Sign > 0).Min(r => r.CostOfCorruption / r.Profit);
        using var search = new RatioSetSearch(n);
        var set = search.Search(single.ToDouble(), 5);
        Assert.NotNull(set);
        var c = AttackVerifier.Check(g, search.Cover(set, 5)!);
        Assert.True(c.Attacking);
        Assert.True(c.Cost / c.Profit < single, $"set ratio {c.Cost / c.Profit} not below the best single service {single}");
    }

    [Fact]
    public void Rejects_the_unique_stake_model() =>
        Assert.Throws<ArgumentException>(() => new RatioSetSearch(new ScaledNetwork(RandomNetworks.Unique(1))));
}
