using Restake.Numerics;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// Primal heuristic for the worst loss (pooled): a few candidate shocks within the ψ budget (largest stakes first, and
/// per high-profit service its largest securing validators first), each followed by the most profitable attack the
/// <see cref="AttackSearch"/> finds on G↓D. The best admissible pair seeds the exact program as a hint.
/// </summary>
public static class ShockSearch
{
    /// <summary>The shock and valid attack (possibly empty) with the largest realised loss found within <paramref name="budget"/> of CPU and wall time.</summary>
    public static (int[] Shock, Attack Attack) Best(ScaledNetwork n, Rational psi, IReadOnlyList<ServiceReport> services, TimeSpan budget) =>
        Best(n, psi, services, new SearchDeadline(budget, budget));

    /// <summary>As above, stopping at <paramref name="deadline"/>.</summary>
    public static (int[] Shock, Attack Attack) Best(ScaledNetwork n, Rational psi, IReadOnlyList<ServiceReport> services, SearchDeadline deadline)
    {
        var g = n.Network;
        // b·σ_D ≤ a·σ_V for ψ = a/b, in exact integers.
        var cap = (Int128)(long)psi.Numerator * n.TotalStake;
        var den = (Int128)(long)psi.Denominator;
        var byStake = Enumerable.Range(0, g.Validators.Count).Where(v => n.Stake[v] > 0).OrderByDescending(v => n.Stake[v]).ThenBy(v => v).ToArray();
        var orders = new List<IEnumerable<int>> { byStake };
        orders.AddRange(services.Where(r => r.Profit.Sign > 0).OrderByDescending(r => r.Profit).Take(8)
            .Select(r => g.Services[r.Service].Edges.Select(e => e.Validator).Distinct().OrderByDescending(v => n.Stake[v]).ThenBy(v => v).Concat(byStake)));

        var bestShock = Array.Empty<int>();
        var bestAttack = Attack.Empty;
        Int128 bestLoss = -1;
        var profitable = Enumerable.Range(0, g.Services.Count).Where(s => n.Profit[s] > 0).ToArray();
        foreach (var order in orders)
        {
            if (deadline.Passed) break;
            var shock = new List<int>();
            var seen = new HashSet<int>();
            Int128 taken = 0;
            foreach (var v in order)
            {
                if (!seen.Add(v) || (taken + n.Stake[v]) * den > cap) continue;
                shock.Add(v);
                taken += n.Stake[v];
            }

            var removed = shock.ToHashSet();
            var search = new AttackSearch(n, profitable, removed);
            var attack = search.Search(deadline);
            if (search.Value(attack) < 1) attack = Attack.Empty; // only a strictly profitable attack may follow
            Int128 loss = taken + attack.Coalition.Sum(v => n.Stake[v]);
            if (loss > bestLoss) (bestShock, bestAttack, bestLoss) = (shock.ToArray(), attack, loss);
        }

        return (bestShock, bestAttack);
    }
}
