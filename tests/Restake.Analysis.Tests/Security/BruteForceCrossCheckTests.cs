using Restake.Analysis.Security;
using Restake.Analysis.Security.Solving;
using Restake.Numerics;

namespace Restake.Analysis.Tests.Security;

/// <summary>Every exact quantity against exhaustive search on random small networks.</summary>
public class BruteForceCrossCheckTests
{
    private static void CrossCheck(RestakingNetwork g, SolverOptions options, Rational[] shocks)
    {
        var oracle = new BruteForceOracle(g);
        var exact = new ExactAnalysis(g, options);
        var (maxProfit, gammaStar) = oracle.Attacks();

        var mp = exact.MaxProfit();
        Assert.True(mp.Info.Proven, $"{g.Name}: max profit not proven");
        Assert.Equal(maxProfit, mp.MaxProfit);
        Assert.Equal(maxProfit.Sign == 0, mp.Secure);
        if (mp.MaxProfit.Sign > 0) Assert.Equal(mp.MaxProfit, AttackVerifier.Check(g, mp.Witness).Net);

        var gs = exact.GammaStar();
        Assert.True(gs.Info.Proven, $"{g.Name}: γ* not proven");
        Assert.Equal(gammaStar, gs.GammaStar);
        if (gs.Witness is { } w)
        {
            var c = AttackVerifier.Check(g, w);
            Assert.True(c.Attacking);
            Assert.Equal(gs.GammaStar, c.Cost / c.Profit - Rational.One);
        }

        foreach (var psi in shocks)
        {
            var r = exact.WorstLoss(new ShockQuery(psi.ToString(), psi));
            Assert.True(r.Info.Proven, $"{g.Name}: loss at {psi} not proven");
            Assert.True(oracle.WorstLoss(psi) == r.Loss, $"{g.Name} ψ={psi}: oracle {oracle.WorstLoss(psi)}, solver {r.Loss} shock [{string.Join(',', r.ShockSet)}] attack {r.Attack.Describe(g)}");
            Assert.True(AttackVerifier.StakeOf(g, r.ShockSet) <= psi * g.TotalStake);
            if (!r.Attack.IsEmpty) Assert.True(AttackVerifier.Check(g, r.Attack, r.ShockSet.ToHashSet()).Valid);
            // Theorem 1 with the exact slack.
            if (gs.GammaStar is { Sign: > 0 } gm && psi.Sign > 0)
                Assert.True(r.Loss < (Rational.One + Rational.One / gm) * psi);
        }

        foreach (var svc in exact.Services)
        {
            var single = new BruteForceOracle(Restrict(g, svc.Service)).Attacks();
            // With π = 1 the restricted network's 1 + γ* is exactly c({s}).
            Assert.Equal(single.GammaStar!.Value + Rational.One, svc.CostOfCorruption);
            Assert.True(svc.CostExact);
        }
    }

    /// <summary>The network with only service <paramref name="s"/> (for c({s}) by brute force).</summary>
    private static RestakingNetwork Restrict(RestakingNetwork g, int s)
    {
        var b = new RestakingNetworkBuilder(g.Model, g.Name);
        foreach (var v in g.Validators) b.AddValidator(v.Id, v.Stake);
        var svc = g.Services[s];
        b.AddService(svc.Id, Rational.One, svc.Threshold);
        foreach (var e in svc.Edges) b.Connect(svc.Id, g.Validators[e.Validator].Id, g.Model == StakeModel.UniqueStake ? e.Weight : null);
        return b.Build();
    }

    [Fact]
    public void Pooled_networks_match_brute_force_with_cp_sat()
    {
        for (var seed = 1; seed <= 400; seed++)
            CrossCheck(RandomNetworks.Pooled(seed), new SolverOptions(SolverKind.CpSat, Workers: 1), [RandomNetworks.Shocks[seed % 4], RandomNetworks.Shocks[(seed + 2) % 4]]);
    }

    [Fact]
    public void Pooled_networks_match_brute_force_with_scip()
    {
        for (var seed = 1001; seed <= 1060; seed++)
            CrossCheck(RandomNetworks.Pooled(seed), new SolverOptions(SolverKind.Scip, Workers: 1), [RandomNetworks.Shocks[seed % 4]]);
    }

    [Fact]
    public void Unique_stake_networks_match_brute_force()
    {
        for (var seed = 2001; seed <= 2150; seed++)
            CrossCheck(RandomNetworks.Unique(seed), new SolverOptions(SolverKind.CpSat, Workers: 1), [RandomNetworks.Shocks[seed % 4], RandomNetworks.Shocks[(seed + 1) % 4]]);
    }
}
