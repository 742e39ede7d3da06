using System.Diagnostics;
using Restake.Numerics;

namespace Restake.Analysis.Security.Solving;

/// <summary>Outcome of <see cref="ServiceBranchAndBound"/>: the best attack, its exact ratio σ_B/π_A and a proven lower bound on it.</summary>
public sealed record RatioSearchResult(Attack Witness, Rational Ratio, Rational Bound, int Nodes, int Covers)
{
    /// <summary>True when the bound meets the witness: no attacking coalition has a smaller ratio.</summary>
    public bool Proven => Bound >= Ratio;
}

/// <summary>
/// Exact min σ_B/π_A over attacking coalitions (pooled model) by best-first branch and bound over the attacked services:
/// each node fixes some services in or out of A; its bound re-optimises the stake shares for what is still possible
/// (<see cref="ShareProgram"/>) and prices them exactly (<see cref="RatioCertificate.ShareCovers"/>), so every bound is
/// a proof in rationals whatever the LP's tolerances. The set of services that attains a node's bound is covered
/// exactly by CP-SAT for new witnesses; a node with every service decided is closed by that exact cover.
/// </summary>
public sealed class ServiceBranchAndBound
{
    /// <summary>Total 0/1-DP work per node for the exact share covers (the rest use their exact fractional bound).</summary>
    private const long NodeDpBudget = 100_000_000;

    /// <summary>Time for the greedy cover of each node's most promising set.</summary>
    private const double GreedySeconds = 0.05;

    private readonly ScaledNetwork _n;
    private readonly int[] _services;
    private readonly Dictionary<int, long> _need;
    private readonly Dictionary<string, Rational?> _covered = new(StringComparer.Ordinal);
    private AttackProgram? _cover;

    /// <summary>Prepares the search on a pooled network.</summary>
    public ServiceBranchAndBound(ScaledNetwork n)
    {
        if (n.Network.Model != StakeModel.Pooled) throw new ArgumentException("the service branch and bound covers pooled networks");
        _n = n;
        _services = Enumerable.Range(0, n.Network.Services.Count).Where(s => n.Profit[s] > 0).ToArray();
        _need = _services.ToDictionary(s => s, s => RatioCertificate.Need(n, s));
    }

    private sealed record Node(ServiceFix[] Fix, Rational Bound, int Depth);

    /// <summary>Improves <paramref name="witness"/> (an attacking coalition with π_A &gt; 0) and bounds the optimum until proven or out of time.</summary>
    public RatioSearchResult Solve(Attack witness, Rational ratio, double seconds)
    {
        var sw = Stopwatch.StartNew();
        if (_services.Length == 0) return new RatioSearchResult(witness, ratio, ratio, 0, 0);
        using var lp = new ShareProgram(_n, _services, _need);
        var queue = new PriorityQueue<Node, (Rational, int)>();
        queue.Enqueue(new Node(_services.Select(_ => ServiceFix.Open).ToArray(), Rational.Zero, 0), (Rational.Zero, 0));
        var closed = new List<Rational>(); // bounds of nodes given up (cover not proven in time)
        var nodes = 0;
        double Left() => seconds - sw.Elapsed.TotalSeconds;

        while (queue.TryPeek(out var node, out _) && node.Bound < ratio && Left() > 0.05)
        {
            queue.Dequeue();
            nodes++;
            var fix = _services.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => node.Fix[p.i]);
            var open = _services.Where(s => fix[s] != ServiceFix.Out).ToArray();
            if (open.Length == 0) continue; // every service excluded: no attack here (and the LP would be unbounded)
            var shares = lp.Solve(fix, Left());
            if (shares is null)
            {
                queue.Enqueue(node, (node.Bound, -node.Depth));
                break;
            }

            var rounded = RatioCertificate.Round(_n, open, s => shares[s]);
            var covers = RatioCertificate.ShareCovers(_n, open, _need, rounded, 0);
            if (covers is null) continue; // cannot happen: rounding trims every stake to one whole
            // Exact 0/1 covers only where they can matter: a fractional K_s/π_s already at the best ratio cannot lower a bound below it.
            var tight = open.Where(s => fix[s] == ServiceFix.In || covers[s] < ratio * new Rational(_n.Profit[s], 1)).ToArray();
            foreach (var (s, k) in RatioCertificate.ShareCovers(_n, tight, _need, rounded, NodeDpBudget)!) covers[s] = Rational.Max(covers[s], k);
            var (bound, best) = NodeBound(fix, covers);
            if (best.Count == 0) continue; // nothing attackable here
            bound = Rational.Max(bound, node.Bound);

            // The set that attains the bound is the most promising attack below this node: cover it exactly.
            var leaf = open.All(s => fix[s] == ServiceFix.In);
            if (Greedy(best, Left()) is { } found && found.Ratio < ratio) (witness, ratio) = (found.Attack, found.Ratio);
            if (bound >= ratio) continue;
            if (leaf)
            {
                if (Cover(best, Left()) is { } exactCover && exactCover.Ratio < ratio) (witness, ratio) = (exactCover.Attack, exactCover.Ratio);
                var key = Key(best);
                var exact = _covered.GetValueOrDefault(key);
                if (exact is null) closed.Add(bound); // the cover was not proven: keep the share bound
                continue;
            }

            var t = Branch(fix, covers, best);
            var i = Array.IndexOf(_services, t);
            foreach (var f in new[] { ServiceFix.In, ServiceFix.Out })
            {
                var child = (ServiceFix[])node.Fix.Clone();
                child[i] = f;
                queue.Enqueue(new Node(child, bound, node.Depth + 1), (bound, -(node.Depth + 1)));
            }
        }

        var lower = ratio;
        foreach (var b in closed) lower = Rational.Min(lower, b);
        while (queue.TryDequeue(out var left, out _)) lower = Rational.Min(lower, left.Bound);
        return new RatioSearchResult(witness, ratio, lower, nodes, _covered.Count);
    }

    /// <summary>
    /// min Σ_{s∈A} K_s / π_A over non-empty A with In ⊆ A ⊆ In ∪ Open (exact), and the A attaining it: a ratio is lowered
    /// exactly by the services whose own K_s/π_s is below it, so A is In plus a prefix of Open by K_s/π_s.
    /// </summary>
    private (Rational Bound, List<int> Set) NodeBound(Dictionary<int, ServiceFix> fix, Dictionary<int, Rational> covers)
    {
        var set = _services.Where(s => fix[s] == ServiceFix.In).ToList();
        var cost = set.Aggregate(Rational.Zero, (a, s) => a + covers[s]);
        var profit = set.Aggregate(Rational.Zero, (a, s) => a + new Rational(_n.Profit[s], 1));
        var open = _services.Where(s => fix[s] == ServiceFix.Open).OrderBy(s => covers[s] / new Rational(_n.Profit[s], 1)).ToList();
        foreach (var s in open)
        {
            var p = new Rational(_n.Profit[s], 1);
            if (set.Count > 0 && covers[s] / p >= cost / profit) break;
            set.Add(s);
            cost += covers[s];
            profit += p;
        }

        return set.Count == 0 ? (Rational.Zero, set) : (cost / profit, set);
    }

    /// <summary>The open service of the bound's set with the largest profit, else the open service with the lowest K_s/π_s.</summary>
    private int Branch(Dictionary<int, ServiceFix> fix, Dictionary<int, Rational> covers, List<int> best)
    {
        var inBest = best.Where(s => fix[s] == ServiceFix.Open).ToList();
        if (inBest.Count > 0) return inBest.MaxBy(s => _n.Profit[s]);
        return _services.Where(s => fix[s] == ServiceFix.Open).MinBy(s => covers[s] / new Rational(_n.Profit[s], 1));
    }

    private static string Key(IEnumerable<int> set) => string.Join(',', set.Order());

    /// <summary>A coalition attacking exactly <paramref name="set"/> by the ratio greedy with exchanges, verified in rationals.</summary>
    private (Attack Attack, Rational Ratio)? Greedy(List<int> set, double seconds)
    {
        var attack = new AttackSearch(_n, set, profitWeight: 1L << 30, costWeight: 1).Search(TimeSpan.FromSeconds(Math.Min(GreedySeconds, seconds)), Attack.Pooled(set, []));
        var check = AttackVerifier.Check(_n.Network, attack);
        return check.Attacking && check.Profit.Sign > 0 ? (attack, check.Cost / check.Profit) : null;
    }

    /// <summary>The cheapest coalition attacking exactly <paramref name="set"/> (CP-SAT, exact), verified in rationals; cached.</summary>
    private (Attack Attack, Rational Ratio)? Cover(List<int> set, double seconds)
    {
        var key = Key(set);
        if (_covered.ContainsKey(key) || seconds < 0.1) return null;
        _cover ??= new AttackProgram(_n, AttackObjective.Ratio, ratio: (1, 1));
        if (set.Any(s => !_cover.Services.Contains(s)))
        {
            _covered[key] = null;
            return null;
        }

        var program = _cover.WithServices(set);
        var greedy = new AttackSearch(_n, set, profitWeight: 1L << 30, costWeight: 1).Search(TimeSpan.FromSeconds(Math.Min(0.2, seconds / 4)), Attack.Pooled(set, []));
        if (greedy.Services.Count == set.Count) program.Hint = _cover.Encode(greedy);
        var outcome = ProvenSolver.Solve(program, new SolverOptions(SolverKind.CpSat, Math.Max(0.1, Math.Min(seconds, 2.0))));
        if (!outcome.HasSolution)
        {
            _covered[key] = null;
            return null;
        }

        var attack = _cover.Decode(outcome.Values!);
        var check = AttackVerifier.Check(_n.Network, attack);
        if (!check.Attacking || check.Profit.Sign <= 0)
        {
            _covered[key] = null;
            return null;
        }

        var r = check.Cost / check.Profit;
        _covered[key] = outcome.Status == SolveStatus.Optimal ? r : null;
        return (attack, r);
    }
}
