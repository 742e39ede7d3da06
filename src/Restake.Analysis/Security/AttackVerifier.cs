using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>
/// Exact-rational checks of attacks. Solvers work on scaled numbers; nothing is reported until the answer passes here.
/// </summary>
public static class AttackVerifier
{
    /// <summary>
    /// Checks (A, B) on G↓<paramref name="removed"/>: every s in A needs the attackers' weight to reach α_s of the weight
    /// still securing s (an emptied service is attacked by the empty coalition). Cost follows the network's model.
    /// </summary>
    public static AttackCheck Check(RestakingNetwork g, Attack attack, IReadOnlySet<int>? removed = null)
    {
        removed ??= new HashSet<int>();
        var attacking = attack.Coalition.All(v => !removed.Contains(v)) && attack.Services.Distinct().Count() == attack.Services.Count;
        var profit = Rational.Zero;
        var cost = Rational.Zero;
        if (g.Model == StakeModel.Pooled)
        {
            var b = attack.Coalition.ToHashSet();
            cost = attack.Coalition.Distinct().Aggregate(Rational.Zero, (a, v) => a + g.Validators[v].Stake);
            foreach (var s in attack.Services)
            {
                var svc = g.Services[s];
                profit += svc.Profit;
                var present = Rational.Zero;
                var ours = Rational.Zero;
                foreach (var e in svc.Edges)
                {
                    if (removed.Contains(e.Validator)) continue;
                    present += e.Weight;
                    if (b.Contains(e.Validator)) ours += e.Weight;
                }

                if (ours < svc.Threshold * present) attacking = false;
            }
        }
        else
        {
            var inA = attack.Services.ToHashSet();
            var bySvc = attack.Slashed.GroupBy(p => p.Service).ToDictionary(grp => grp.Key, grp => grp.Select(p => p.Validator).ToHashSet());
            if (attack.Slashed.Any(p => !inA.Contains(p.Service) || removed.Contains(p.Validator))) attacking = false;
            foreach (var s in attack.Services)
            {
                var svc = g.Services[s];
                profit += svc.Profit;
                var mine = bySvc.GetValueOrDefault(s) ?? [];
                var present = Rational.Zero;
                var ours = Rational.Zero;
                var matched = 0;
                foreach (var e in svc.Edges)
                {
                    if (removed.Contains(e.Validator)) continue;
                    present += e.Weight;
                    if (mine.Contains(e.Validator))
                    {
                        ours += e.Weight;
                        matched++;
                    }
                }

                if (matched != mine.Count) attacking = false; // an allocation that does not exist
                cost += ours;
                if (ours < svc.Threshold * present) attacking = false;
            }
        }

        return new AttackCheck(attacking, profit, cost);
    }

    /// <summary>Stake of a set of validators, σ_D.</summary>
    public static Rational StakeOf(RestakingNetwork g, IEnumerable<int> validators) =>
        validators.Distinct().Aggregate(Rational.Zero, (a, v) => a + g.Validators[v].Stake);
}
