using Restake.Analysis.Security;
using Restake.Analysis.Security.Solving;
using Restake.Numerics;

namespace Restake.Analysis.Tests.Security.Solving;

/// <summary>The stake-share lower bound on 1 + γ*: valid against brute force, tight where shares can be exact, guarded.</summary>
public class RatioCertificateTests
{
    private static readonly SolverOptions Fast = new(SolverKind.CpSat, 5, Workers: 1);

    [Fact]
    public void Share_bound_never_exceeds_the_brute_force_ratio()
    {
        var tight = 0;
        for (var seed = 1; seed <= 500; seed++)
        {
            var g = RandomNetworks.Pooled(seed);
            var (_, gammaStar) = new BruteForceOracle(g).Attacks();
            var rho = RatioCertificate.LowerBound(new ScaledNetwork(g));
            if (gammaStar is null)
            {
                Assert.Null(rho);
                continue;
            }

            Assert.NotNull(rho);
            Assert.True(rho.Value.Sign >= 0, $"{g.Name}: ρ {rho} < 0");
            Assert.True(rho.Value <= gammaStar.Value + Rational.One, $"{g.Name}: ρ {rho} above 1 + γ* = {gammaStar.Value + Rational.One}");
            if (rho.Value == gammaStar.Value + Rational.One) tight++;
        }

        // The bound is meant to be useful, not just valid: on these small networks it is often exact.
        Assert.True(tight > 100, $"only {tight} exact bounds");
    }

    [Fact]
    public void Share_bound_proves_the_theorem_8_network_without_a_solve()
    {
        // DR24 Theorem 8, n = 6: every T_v = 1, γ* = 0; shares 1/3 to h and 2/3 to t1/t2 make every cover cost its profit.
        var b = new RestakingNetworkBuilder(StakeModel.Pooled, "tv8");
        for (var v = 1; v <= 6; v++) b.AddValidator("v" + v, 1);
        b.AddService("h", 2, Rational.One);
        b.AddService("t1", 2, Rational.One);
        b.AddService("t2", 2, Rational.One);
        for (var v = 1; v <= 6; v++) b.Connect("h", "v" + v);
        for (var v = 1; v <= 3; v++) b.Connect("t1", "v" + v);
        for (var v = 4; v <= 6; v++) b.Connect("t2", "v" + v);
        var g = b.Build();

        Assert.Equal(Rational.One, RatioCertificate.LowerBound(new ScaledNetwork(g)));
        var gs = new ExactAnalysis(g, Fast).GammaStar();
        Assert.True(gs.Info.Proven);
        Assert.Equal(Rational.Zero, gs.GammaStar);
        Assert.Equal(0, gs.Info.Solves);
        Assert.Contains("stake-share", gs.Info.Method);
    }

    [Fact]
    public void Shares_over_a_validators_stake_are_rejected()
    {
        var b = new RestakingNetworkBuilder(StakeModel.Pooled, "two-services");
        b.AddValidator("v", 10);
        b.AddService("x", 10, Rational.One);
        b.AddService("y", 10, Rational.One);
        b.Connect("x", "v");
        b.Connect("y", "v");
        var n = new ScaledNetwork(b.Build());
        int[] services = [0, 1];
        var need = services.ToDictionary(s => s, s => RatioCertificate.Need(n, s));
        const long whole = 720_720 * 16;

        // Half each: every cover costs 5 against a profit of 10, so ρ = 1/2 (the true 1 + γ* is 10/20).
        Assert.Equal(new Rational(1, 2), RatioCertificate.Verify(n, services, need, new() { [0] = [whole / 2], [1] = [whole / 2] }));
        // The whole stake to both services would "prove" ρ = 1: invalid, so no bound at all.
        Assert.Null(RatioCertificate.Verify(n, services, need, new() { [0] = [whole], [1] = [whole] }));
        Assert.Null(RatioCertificate.Verify(n, services, need, new() { [0] = [-1], [1] = [whole] }));
    }

    [Fact]
    public void Medium_networks_agree_with_the_proven_dinkelbach_value()
    {
        for (var seed = 1; seed <= 6; seed++)
        {
            var g = NetworkGenerator.Generate(new GeneratorSpec(Operators: 40, Services: 6, Seed: seed));
            var n = new ScaledNetwork(g);
            var rho = RatioCertificate.LowerBound(n);
            var gs = new ExactAnalysis(g, Fast).GammaStar();
            Assert.True(gs.Info.Proven, $"{g.Name}: γ* not proven");
            Assert.Equal(gs.GammaStar, gs.LowerBound);
            Assert.NotNull(rho);
            Assert.True(rho.Value - Rational.One <= gs.GammaStar!.Value, $"{g.Name}: ρ − 1 = {rho - Rational.One} above γ* {gs.GammaStar}");
            var cert = Certificates.Compute(g).GammaCert!.Value;
            Assert.True(cert <= gs.GammaStar.Value);

            var c = AttackVerifier.Check(g, gs.Witness!);
            Assert.True(c.Attacking);
            Assert.Equal(gs.GammaStar, c.Cost / c.Profit - Rational.One);
            // A plain Dinkelbach step at that ratio, solved on its own, finds nothing better: the value is optimal.
            var lam = c.Cost / c.Profit;
            var step = new AttackProgram(n, AttackObjective.Ratio, ratio: ((long)lam.Numerator, (long)lam.Denominator));
            var outcome = ProvenSolver.Solve(step.Program, Fast with { TimeLimitSeconds = 30 });
            Assert.Equal(SolveStatus.Optimal, outcome.Status);
            Assert.Equal(0, outcome.Objective);
        }
    }
}
