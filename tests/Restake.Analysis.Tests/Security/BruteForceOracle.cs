using System.Numerics;
using Restake.Analysis.Security;
using Restake.Numerics;

namespace Restake.Analysis.Tests.Security;

/// <summary>
/// Exhaustive search over coalitions and shocks, written independently of the solvers. For a coalition B the best
/// services to add are all those B can corrupt (profits are ≥ 0), so enumerating B (and D) covers every (A, B).
/// The unique-stake search enumerates every service set and every allocation subset per service.
/// </summary>
internal sealed class BruteForceOracle
{
    private readonly RestakingNetwork _g;
    private readonly long _l;
    private readonly long[] _stake;
    private readonly long[] _profit;
    private readonly long _total;

    public BruteForceOracle(RestakingNetwork g)
    {
        _g = g;
        BigInteger l = 1;
        foreach (var r in g.Validators.Select(v => v.Stake).Concat(g.Services.Select(s => s.Profit)).Concat(g.Services.SelectMany(s => s.Edges.Select(e => e.Weight))))
            l = l / BigInteger.GreatestCommonDivisor(l, r.Denominator) * r.Denominator;
        _l = (long)l;
        _stake = g.Validators.Select(v => Int(v.Stake)).ToArray();
        _profit = g.Services.Select(s => Int(s.Profit)).ToArray();
        _total = _stake.Sum();
    }

    private long Int(Rational r) => (long)(r * new Rational(_l, 1)).Numerator;

    private Rational R(long n) => new(n, _l);

    /// <summary>(max profit, γ* or null for +∞).</summary>
    public (Rational MaxProfit, Rational? GammaStar) Attacks()
    {
        if (_g.Model == StakeModel.UniqueStake) return UniqueAttacks();
        var n = _g.Validators.Count;
        long best = 0;
        Rational? ratio = null;
        for (var b = 0; b < 1 << n; b++)
        {
            var cost = Cost(b);
            var pi = 0L;
            for (var s = 0; s < _g.Services.Count; s++)
                if (Corrupts(s, b, 0)) pi += _profit[s];
            best = Math.Max(best, pi - cost);
            if (pi > 0)
            {
                var r = new Rational(cost, pi);
                if (ratio is null || r < ratio) ratio = r;
            }
        }

        return (R(best), ratio is null ? null : ratio.Value - Rational.One);
    }

    /// <summary>Worst realised loss after a ψ-shock.</summary>
    public Rational WorstLoss(Rational psi)
    {
        if (_total == 0) return Rational.Zero;
        var n = _g.Validators.Count;
        long best = 0;
        for (var d = 0; d < 1 << n; d++)
        {
            var sd = Cost(d);
            if (new Rational(sd, 1) > psi * new Rational(_total, 1)) continue;
            var extra = _g.Model == StakeModel.Pooled ? PooledExtra(d) : UniqueExtra(d);
            best = Math.Max(best, sd + extra);
        }

        return new Rational(best, _total);
    }

    private long PooledExtra(int d)
    {
        var n = _g.Validators.Count;
        long best = 0;
        for (var b = 0; b < 1 << n; b++)
        {
            if ((b & d) != 0) continue;
            var cost = Cost(b);
            var pi = 0L;
            for (var s = 0; s < _g.Services.Count; s++)
                if (Corrupts(s, b, d)) pi += _profit[s];
            if (pi > cost) best = Math.Max(best, cost);
        }

        return best;
    }

    private bool Corrupts(int s, int b, int d)
    {
        var svc = _g.Services[s];
        long present = 0, ours = 0;
        foreach (var e in svc.Edges)
        {
            if ((d >> e.Validator & 1) != 0) continue;
            present += Int(e.Weight);
            if ((b >> e.Validator & 1) != 0) ours += Int(e.Weight);
        }

        return new Rational(ours, 1) >= svc.Threshold * new Rational(present, 1);
    }

    private long Cost(int set)
    {
        long c = 0;
        for (var v = 0; v < _g.Validators.Count; v++)
            if ((set >> v & 1) != 0) c += _stake[v];
        return c;
    }

    /// <summary>Distinct costs of allocation subsets of s meeting its threshold on G↓d.</summary>
    private List<long> UniqueCosts(int s, int d)
    {
        var svc = _g.Services[s];
        var edges = svc.Edges.Where(e => (d >> e.Validator & 1) == 0).Select(e => Int(e.Weight)).ToArray();
        var present = edges.Sum();
        var costs = new HashSet<long>();
        for (var m = 0; m < 1 << edges.Length; m++)
        {
            long c = 0;
            for (var k = 0; k < edges.Length; k++)
                if ((m >> k & 1) != 0) c += edges[k];
            if (new Rational(c, 1) >= svc.Threshold * new Rational(present, 1)) costs.Add(c);
        }

        return costs.ToList();
    }

    private (Rational, Rational?) UniqueAttacks()
    {
        var ns = _g.Services.Count;
        var minCost = Enumerable.Range(0, ns).Select(s => UniqueCosts(s, 0).Min()).ToArray();
        long best = 0;
        Rational? ratio = null;
        for (var a = 1; a < 1 << ns; a++)
        {
            long pi = 0, cost = 0;
            for (var s = 0; s < ns; s++)
                if ((a >> s & 1) != 0)
                {
                    pi += _profit[s];
                    cost += minCost[s];
                }

            best = Math.Max(best, pi - cost);
            if (pi > 0 && (ratio is null || new Rational(cost, pi) < ratio)) ratio = new Rational(cost, pi);
        }

        return (R(best), ratio is null ? null : ratio.Value - Rational.One);
    }

    private long UniqueExtra(int d)
    {
        var ns = _g.Services.Count;
        var options = Enumerable.Range(0, ns).Select(s => UniqueCosts(s, d)).ToArray();
        long best = 0;
        void Walk(int s, long pi, long cost)
        {
            if (s == ns)
            {
                if (pi > cost) best = Math.Max(best, cost);
                return;
            }

            Walk(s + 1, pi, cost);
            foreach (var c in options[s]) Walk(s + 1, pi + _profit[s], cost + c);
        }

        Walk(0, 0, 0);
        return best;
    }
}
