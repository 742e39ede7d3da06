using Restake.Analysis.Security;
using Restake.Analysis.Security.Solving;
using Restake.Numerics;

namespace Restake.Analysis.Tests.Security.Solving;

public class AttackSearchTests
{
    private static int[] Profitable(ScaledNetwork n) => Enumerable.Range(0, n.Network.Services.Count).Where(s => n.Profit[s] > 0).ToArray();

    [Fact]
    public void Search_returns_attacking_coalitions_never_better_than_brute_force()
    {
        var hits = 0;
        for (var seed = 0; seed < 150; seed++)
        {
            var g = RandomNetworks.Pooled(seed, maxValidators: 9, maxServices: 5);
            var n = new ScaledNetwork(g);
            var (best, _) = new BruteForceOracle(g).Attacks();
            var search = new AttackSearch(n, Profitable(n));
            var found = search.Search(TimeSpan.FromSeconds(5));
            var check = AttackVerifier.Check(g, found);
            Assert.True(check.Attacking, $"seed {seed}: not an attacking coalition");
            Assert.Equal(n.ToRational((long)search.Value(found)), check.Net);
            Assert.True(check.Net <= best, $"seed {seed}: {check.Net} beats the optimum {best}");
            Assert.True(check.Net.Sign >= 0);
            if (check.Net == best) hits++;
        }

        // A heuristic, but on networks this small it should find most optima.
        Assert.True(hits >= 120, $"only {hits}/150 optima found");
    }

    [Fact]
    public void Search_respects_removed_validators_and_ratio_weights()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var g = RandomNetworks.Pooled(seed, maxValidators: 9, maxServices: 5, positiveStakes: true);
            var n = new ScaledNetwork(g);
            var removed = new HashSet<int> { seed % g.Validators.Count };
            var search = new AttackSearch(n, Profitable(n), removed);
            var found = search.Search(TimeSpan.FromSeconds(5));
            Assert.DoesNotContain(removed.Single(), found.Coalition);
            Assert.True(AttackVerifier.Check(g, found, removed).Attacking, $"seed {seed}");

            // Ratio weights λ = 3/2: a positive value means σ_B/π_A < 3/2.
            var ratio = new AttackSearch(n, Profitable(n), profitWeight: 3, costWeight: 2);
            var r = ratio.Search(TimeSpan.FromSeconds(5));
            var c = AttackVerifier.Check(g, r);
            Assert.True(c.Attacking);
            if (ratio.Value(r) > 0) Assert.True(c.Cost / c.Profit < new Rational(3, 2), $"seed {seed}");
            else Assert.True(r.IsEmpty);
        }
    }

    [Fact]
    public void Search_rejects_the_unique_stake_model()
    {
        var n = new ScaledNetwork(RandomNetworks.Unique(1));
        Assert.Throws<ArgumentException>(() => new AttackSearch(n, [0]));
    }
}
