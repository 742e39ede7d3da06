namespace Restake.Analysis.Security;

/// <summary>
/// Fast heuristic attacks used as warm starts (never as answers): cover a service set largest-stake-first, prune
/// redundant members, and drop services whose profit does not pay for their marginal validators.
/// </summary>
public static class GreedyAttacks
{
    /// <summary>The better of "drop services from all" and the best single-service attack (pooled model).</summary>
    public static Attack BestPooled(RestakingNetwork g, IReadOnlyList<ServiceReport> services)
    {
        var stake = g.Validators.Select(v => v.Stake.ToDouble()).ToArray();
        var candidates = Enumerable.Range(0, g.Services.Count).Where(s => g.Services[s].Profit.Sign > 0).ToList();
        var profit = g.Services.Select(s => s.Profit.ToDouble()).ToArray();
        var best = Attack.Empty;
        var bestValue = 0.0;
        foreach (var r in services.Where(r => r.Profit > r.CostOfCorruption))
        {
            var v = profit[r.Service] - r.CheapestCoalition.Sum(x => stake[x]);
            if (v > bestValue) (best, bestValue) = (Attack.Pooled([r.Service], r.CheapestCoalition), v);
        }

        var current = candidates.ToHashSet();
        var (cover, value) = Evaluate(g, current, stake, profit);
        while (current.Count > 0)
        {
            var bestDrop = -1;
            var bestDropValue = value;
            HashSet<int>? bestDropCover = null;
            foreach (var s in current)
            {
                var trial = current.Where(x => x != s).ToHashSet();
                var (c, v) = Evaluate(g, trial, stake, profit);
                if (v > bestDropValue + 1e-9)
                    (bestDrop, bestDropValue, bestDropCover) = (s, v, c);
            }

            if (bestDrop < 0) break;
            current.Remove(bestDrop);
            (cover, value) = (bestDropCover!, bestDropValue);
        }

        if (value > bestValue && current.Count > 0) best = Attack.Pooled(current, cover);
        return best;
    }

    /// <summary>A cover of every service in <paramref name="a"/> and its profit (doubles; exactness is checked later).</summary>
    public static (HashSet<int> Cover, double Value) Evaluate(RestakingNetwork g, IReadOnlyCollection<int> a, double[] stake, double[] profit)
    {
        var inA = a.ToHashSet();
        var need = new double[g.Services.Count];
        var have = new double[g.Services.Count];
        foreach (var s in a)
            need[s] = g.Services[s].Threshold.ToDouble() * g.Services[s].SecuringStake.ToDouble() * (1 + 1e-12);
        var b = new HashSet<int>();
        foreach (var s in a.OrderByDescending(s => g.Services[s].Threshold.ToDouble()))
        {
            foreach (var e in SortedEdges(g, s, stake))
            {
                if (have[s] >= need[s]) break;
                if (!b.Add(e)) continue;
                foreach (var t in g.ServicesOf(e))
                    if (inA.Contains(t)) have[t] += stake[e];
            }
        }

        // Drop members no threshold needs, largest first (they save the most).
        foreach (var v in b.OrderByDescending(v => stake[v]).ToArray())
        {
            var removable = g.ServicesOf(v).Where(inA.Contains).All(t => have[t] - stake[v] >= need[t]);
            if (!removable) continue;
            b.Remove(v);
            foreach (var t in g.ServicesOf(v))
                if (inA.Contains(t)) have[t] -= stake[v];
        }

        return (b, a.Sum(s => profit[s]) - b.Sum(v => stake[v]));
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RestakingNetwork, int[][]> Sorted = new();

    private static int[] SortedEdges(RestakingNetwork g, int s, double[] stake) =>
        Sorted.GetValue(g, net => net.Services.Select(svc => svc.Edges.Select(e => e.Validator).OrderByDescending(v => stake[v]).ToArray()).ToArray())[s];
}
