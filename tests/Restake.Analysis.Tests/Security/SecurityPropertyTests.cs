using CsCheck;
using Restake.Analysis.Security;
using Restake.Analysis.Security.Solving;
using Restake.Numerics;

namespace Restake.Analysis.Tests.Security;

/// <summary>The reference's properties on random networks (seeds drawn by CsCheck).</summary>
public class SecurityPropertyTests
{
    private static readonly SolverOptions Fast = new(SolverKind.CpSat, Workers: 1);

    [Fact]
    public void Certified_slack_never_exceeds_exact_slack() =>
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            var g = RandomNetworks.Pooled(seed);
            var cert = Certificates.Compute(g).Effective;
            var exact = new ExactAnalysis(g, Fast).GammaStar();
            Assert.True(exact.Info.Proven);
            if (exact.GammaStar is null) return; // +∞: nothing to compare
            Assert.True(cert is not null && cert.Value <= exact.GammaStar.Value, $"{g.Name}: γ_cert {cert} > γ* {exact.GammaStar}");
        }, iter: 150);

    [Fact]
    public void Scaling_stakes_and_profits_leaves_slacks_and_losses_unchanged() =>
        Gen.Select(Gen.Int[1, 1_000_000], Gen.Int[1, 50], Gen.Int[1, 7]).Sample((seed, num, den) =>
        {
            var factor = new Rational(num, den);
            foreach (var g in new[] { RandomNetworks.Pooled(seed), RandomNetworks.Unique(seed) })
            {
                var h = g.Scaled(factor);
                var a = new ExactAnalysis(g, Fast);
                var b = new ExactAnalysis(h, Fast);
                Assert.Equal(a.GammaStar().GammaStar, b.GammaStar().GammaStar);
                Assert.Equal(a.MaxProfit().MaxProfit * factor, b.MaxProfit().MaxProfit);
                if (g.Model == StakeModel.Pooled) Assert.Equal(Certificates.Compute(g).GammaCert, Certificates.Compute(h).GammaCert);
                var psi = new ShockQuery("1/4", new Rational(1, 4));
                Assert.Equal(a.WorstLoss(psi).Loss, b.WorstLoss(psi).Loss);
            }
        }, iter: 60);

    [Fact]
    public void Adding_stake_never_lowers_certified_slack() =>
        Gen.Select(Gen.Int[1, 1_000_000], Gen.Int[0, 7], Gen.Int[1, 30]).Sample((seed, who, extra) =>
        {
            // Stakes start positive: a validator going from 0 to positive stake becomes constrained for the first time.
            var g = RandomNetworks.Pooled(seed, positiveStakes: true);
            var v = who % g.Validators.Count;
            var b = new RestakingNetworkBuilder(StakeModel.Pooled, g.Name);
            for (var i = 0; i < g.Validators.Count; i++) b.AddValidator(g.Validators[i].Id, g.Validators[i].Stake + (i == v ? extra : 0));
            foreach (var s in g.Services)
            {
                b.AddService(s.Id, s.Profit, s.Threshold);
                foreach (var e in s.Edges) b.Connect(s.Id, g.Validators[e.Validator].Id);
            }

            var before = Certificates.Compute(g).Effective;
            var after = Certificates.Compute(b.Build()).Effective;
            if (before is null) Assert.Null(after);
            else Assert.True(after is null || after.Value >= before.Value);
        }, iter: 300);

    [Fact]
    public void Every_cascade_union_is_a_valid_attack_within_the_worst_loss() =>
        Gen.Select(Gen.Int[1, 1_000_000], Gen.Int[0, 255]).Sample((seed, mask) =>
        {
            foreach (var g in new[] { RandomNetworks.Pooled(seed), RandomNetworks.Unique(seed) }.Where(n => n.TotalStake.Sign > 0))
            {
                var shock = Enumerable.Range(0, g.Validators.Count).Where(v => (mask >> v & 1) != 0).ToArray();
                var sd = AttackVerifier.StakeOf(g, shock);
                var psi = g.TotalStake.IsZero ? Rational.Zero : sd / g.TotalStake;
                var worst = new ExactAnalysis(g, Fast).WorstLoss(new ShockQuery(psi.ToString(), psi)).Loss;
                foreach (var policy in new[] { CascadePolicy.MinStakeFirst, CascadePolicy.MaxProfit })
                {
                    var c = CascadeSimulator.Run(g, shock, policy, Fast);
                    Assert.True(c.Complete);
                    if (c.Steps.Count > 0) Assert.True(AttackVerifier.Check(g, c.Union, shock.ToHashSet()).Valid, $"{g.Name}: union of {policy} cascade is not valid");
                    Assert.True(c.LossFraction <= worst, $"{g.Name}: cascade loss {c.LossFraction} > worst {worst}");
                    var lost = sd;
                    foreach (var step in c.Steps)
                    {
                        Assert.True(step.Profit > step.Cost);
                        lost += step.Cost;
                        Assert.Equal(lost / g.TotalStake, step.CumulativeLoss);
                    }
                }
            }
        }, iter: 80);

    [Fact]
    public void Min_stake_first_cascades_take_the_cheapest_step_first()
    {
        // Two services on disjoint validators: a cheap one (cost 1) and a dear one (cost 10), both profitable.
        var g = new RestakingNetworkBuilder(StakeModel.Pooled)
            .AddValidator("a", 1).AddValidator("b", 10).AddValidator("c", 5)
            .AddService("cheap", 2, Rational.One).AddService("dear", 11, Rational.One)
            .Connect("cheap", "a").Connect("dear", "b").Build();
        var min = CascadeSimulator.Run(g, [2], CascadePolicy.MinStakeFirst, Fast);
        Assert.Equal(["cheap", "dear"], min.Steps.Select(s => g.Services[s.Attack.Services.Single()].Id).ToArray());
        var max = CascadeSimulator.Run(g, [2], CascadePolicy.MaxProfit, Fast);
        Assert.Single(max.Steps);
        Assert.Equal(new Rational(16, 16), max.LossFraction);
    }

    [Fact]
    public void Top_attacks_are_valid_distinct_and_in_decreasing_profit()
    {
        var c = NetworkLoader.LoadFile(Path.Combine(SharedPaths.SecurityConformance, "tv1-whitepaper-overlap.json"));
        var top = new ExactAnalysis(c.Network, Fast).TopAttacks(5);
        Assert.Equal(5, top.Count);
        Assert.Equal((Rational)16, top[0].Profit);
        for (var i = 0; i < top.Count; i++)
        {
            Assert.True(AttackVerifier.Check(c.Network, top[i].Attack).Valid);
            if (i > 0) Assert.True(top[i].Profit <= top[i - 1].Profit);
        }

        Assert.Equal(5, top.Select(t => t.Attack.Describe(c.Network)).Distinct().Count());
    }

    [Fact]
    public void Orphan_service_is_a_free_attack_the_certificate_reports()
    {
        var g = new RestakingNetworkBuilder(StakeModel.Pooled).AddValidator("a", 5).AddService("x", 1, Rational.One).AddService("y", 1, new Rational(1, 2)).Connect("y", "a").Build();
        var cert = Certificates.Compute(g);
        Assert.Equal([0], cert.OrphanServices);
        Assert.Equal(-Rational.One, cert.Effective);
        Assert.False(cert.ProvesSecure);
        var mp = new ExactAnalysis(g, Fast).MaxProfit();
        Assert.False(mp.Secure);
        Assert.Equal(Rational.One, mp.MaxProfit);
    }

    [Fact]
    public void Theorem1_bound_and_local_certificate()
    {
        Assert.Equal(new Rational(11, 1000), Certificates.RobustnessBound(new Rational(1, 10), new Rational(1, 1000)));
        Assert.Equal(Rational.One, Certificates.RobustnessBound(Rational.Zero, new Rational(1, 1000)));
        Assert.Equal(Rational.One, Certificates.RobustnessBound(new Rational(1, 10), new Rational(1, 2)));
        var c = NetworkLoader.LoadFile(Path.Combine(SharedPaths.SecurityConformance, "tv3-figure4.json"));
        var green = c.Network.IndexOfService("green");
        var local = Certificates.ComputeLocal(c.Network, [green]);
        Assert.Equal((Rational)99, local.GammaCert);
        Assert.Equal(new Rational(-1, 101), Certificates.Compute(c.Network).GammaCert);
        Assert.Equal("v1", c.Network.Validators[Certificates.Compute(c.Network).BindingValidator!.Value].Id);
    }
}
