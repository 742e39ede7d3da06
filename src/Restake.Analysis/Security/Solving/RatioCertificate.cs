using System.Numerics;
using Google.OrTools.LinearSolver;
using Restake.Numerics;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// A proven lower bound on 1 + γ* = min σ_B/π_A (pooled model) from stake shares: each validator splits its stake into
/// shares a_vs ≥ 0 over its services (Σ_s a_vs ≤ σ_v). Any coalition B attacking A then pays
/// σ_B ≥ Σ_{s∈A} Σ_{v∈B∩N(s)} a_vs ≥ Σ_{s∈A} K_s, where K_s is the cheapest cover of s priced in shares, so
/// σ_B/π_A ≥ ρ = min_s K_s/π_s. The shares come from a floating-point LP (the dual of the relaxation that keeps each
/// service's cover whole), but ρ is computed from them in exact integers and rationals, so it is a proof whatever the
/// LP's tolerances: K_s is the exact 0/1 min-cover (a DP) when that is small enough, else its exact fractional bound.
/// </summary>
public static class RatioCertificate
{
    /// <summary>Shares are multiples of σ_v / ShareUnit: 16·lcm(1..16), so the common fractions an LP lands on are exact.</summary>
    private const long ShareUnit = 720_720 * 16;

    /// <summary>Largest Σ over services of (members × threshold) solved by the exact 0/1 DP.</summary>
    private const long DpBudget = 60_000_000;

    /// <summary>The proven lower bound ρ ≤ σ_B/π_A over all attacking coalitions with π_A &gt; 0, or null (pooled only).</summary>
    public static Rational? LowerBound(ScaledNetwork n, SolverOptions? options = null)
    {
        var g = n.Network;
        if (g.Model != StakeModel.Pooled) return null;
        var services = Enumerable.Range(0, g.Services.Count).Where(s => n.Profit[s] > 0).ToArray();
        if (services.Length == 0) return null;
        var need = services.ToDictionary(s => s, s => Need(n, s));
        var fractions = Shares(n, services, need, options ?? SolverOptions.Default);
        return fractions is null ? null : Verify(n, services, need, fractions);
    }

    /// <summary>⌈α_s·σ_{N(s)}⌉ in scaled units: the stake a coalition must hold in N(s) to corrupt s.</summary>
    public static long Need(ScaledNetwork n, int s)
    {
        var total = (BigInteger)n.Weight[s].Sum();
        return (long)((n.ThresholdNum[s] * total + n.ThresholdDen[s] - 1) / n.ThresholdDen[s]);
    }

    /// <summary>
    /// Exact ρ for given shares: per service, f[s][k]/ShareUnit of edge k's validator stake; the per-validator sums
    /// must not exceed one whole stake (checked here, so any input gives a valid bound).
    /// </summary>
    public static Rational? Verify(ScaledNetwork n, int[] services, Dictionary<int, long> need, Dictionary<int, long[]> fractions)
    {
        var covers = ShareCovers(n, services, need, fractions);
        if (covers is null) return null;
        Rational? best = null;
        foreach (var s in services)
        {
            var ratio = covers[s] / new Rational(n.Profit[s], 1);
            if (best is null || ratio < best.Value) best = ratio;
        }

        return best;
    }

    /// <summary>
    /// Per service, an exact lower bound on what any coalition covering it pays in the given shares (in stake units),
    /// or null when the shares overspend some validator's stake. <paramref name="dpBudget"/> caps the exact 0/1 DPs.
    /// </summary>
    public static Dictionary<int, Rational>? ShareCovers(ScaledNetwork n, IEnumerable<int> services, Dictionary<int, long> need,
        Dictionary<int, long[]> fractions, long dpBudget = DpBudget)
    {
        var g = n.Network;
        var used = new long[g.Validators.Count];
        foreach (var (s, f) in fractions)
            for (var k = 0; k < g.Services[s].Edges.Count; k++)
            {
                if (f[k] < 0) return null;
                used[g.Services[s].Edges[k].Validator] += f[k];
            }

        if (used.Any(u => u > ShareUnit)) return null;
        var budget = dpBudget;
        var result = new Dictionary<int, Rational>();
        foreach (var s in services)
        {
            var edges = g.Services[s].Edges;
            var f = fractions.GetValueOrDefault(s) ?? new long[edges.Count];
            var items = Enumerable.Range(0, edges.Count)
                .Select(k => (Weight: Math.Min(n.Weight[s][k], need[s]), Cost: (BigInteger)f[k] * n.Stake[edges[k].Validator]))
                .Where(i => i.Weight > 0).ToArray();
            Rational k2;
            var dpSize = (long)items.Length * need[s];
            if (dpSize <= budget && need[s] <= int.MaxValue - 1)
            {
                budget -= dpSize;
                k2 = IntegerCover(items, need[s]);
            }
            else k2 = FractionalCover(items, need[s]);

            result[s] = k2 / new Rational(ShareUnit, 1);
        }

        return result;
    }

    /// <summary>Cheapest total cost of items with total weight ≥ need (or ∞ if none: then the service is never attacked).</summary>
    private static Rational IntegerCover((long Weight, BigInteger Cost)[] items, long need)
    {
        if (items.Sum(i => i.Weight) < need) return new Rational(BigInteger.Pow(10, 40), 1); // uncoverable: any large ratio
        if (items.Aggregate(BigInteger.Zero, (a, i) => a + i.Cost) < long.MaxValue / 2) return LongCover(items, need);
        // Costs fit in Int128: fractions below 2^24 times scaled stakes below 2^52, summed over at most 2^31 items.
        var dp = new Int128[need + 1];
        Array.Fill(dp, Int128.MaxValue);
        dp[0] = 0;
        foreach (var (w, c) in items)
        {
            var cost = (Int128)c;
            for (var x = need; x > 0; x--)
            {
                var from = dp[Math.Max(0, x - w)];
                if (from != Int128.MaxValue && from + cost < dp[x]) dp[x] = from + cost;
            }
        }

        return new Rational((BigInteger)dp[need], 1);
    }

    /// <summary><see cref="IntegerCover"/> when every sum of costs fits in 64 bits (the common case, twice as fast).</summary>
    private static Rational LongCover((long Weight, BigInteger Cost)[] items, long need)
    {
        var dp = new long[need + 1];
        Array.Fill(dp, long.MaxValue);
        dp[0] = 0;
        foreach (var (w, c) in items)
        {
            var cost = (long)c;
            for (var x = need; x > 0; x--)
            {
                var from = dp[x > w ? x - w : 0];
                if (from != long.MaxValue && from + cost < dp[x]) dp[x] = from + cost;
            }
        }

        return new Rational(dp[need], 1);
    }

    /// <summary>The LP bound of the min-cost cover: items by cost per unit of weight, the last one in part (exact).</summary>
    private static Rational FractionalCover((long Weight, BigInteger Cost)[] items, long need)
    {
        var sorted = items.ToList();
        sorted.Sort((a, b) => (a.Cost * b.Weight).CompareTo(b.Cost * a.Weight));
        var left = need;
        var total = Rational.Zero;
        foreach (var (w, c) in sorted)
        {
            if (left <= 0) break;
            if (w >= left) return total + new Rational(c * left, w);
            total += new Rational(c, 1);
            left -= w;
        }

        return left > 0 ? new Rational(BigInteger.Pow(10, 40), 1) : total;
    }

    /// <summary>
    /// Shares from the LP: maximise ρ subject to, per service, μ_s·t_s − Σ_k max(0, μ_s·w_k − a_k) ≥ ρ·π_s (the dual of
    /// the fractional cover priced in shares) and Σ_s a_vs ≤ σ_v. Data are normalised by the total stake. Null when the
    /// LP solver does not finish.
    /// </summary>
    private static Dictionary<int, long[]>? Shares(ScaledNetwork n, int[] services, Dictionary<int, long> need, SolverOptions options)
    {
        var g = n.Network;
        var unit = (double)Math.Max(1, n.TotalStake);
        using var lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available in this OR-Tools build.");
        var rho = lp.MakeNumVar(0, double.PositiveInfinity, "rho");
        var capacity = new Dictionary<int, Constraint>();
        var shares = new Dictionary<int, Variable[]>();
        foreach (var s in services)
        {
            var mu = lp.MakeNumVar(0, double.PositiveInfinity, "mu");
            var row = lp.MakeConstraint(0, double.PositiveInfinity);
            row.SetCoefficient(mu, need[s] / unit);
            row.SetCoefficient(rho, -n.Profit[s] / unit);
            shares[s] = ShareProgram.AddShares(lp, n, s, need[s], mu, row, capacity, unit);
        }

        var objective = lp.Objective();
        objective.SetCoefficient(rho, 1);
        objective.SetMaximization();
        lp.SetTimeLimit((long)(options.TimeLimitSeconds * 1000));
        var status = lp.Solve();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE)) return null;
        return Round(n, services, s => shares[s].Select(a => a.SolutionValue()).ToArray());
    }

    /// <summary>
    /// LP shares (in stake units / total stake, per service and edge) as integer fractions of each validator's stake,
    /// trimmed so that no validator's shares exceed its whole stake.
    /// </summary>
    public static Dictionary<int, long[]> Round(ScaledNetwork n, IEnumerable<int> services, Func<int, double[]> lpShares)
    {
        var g = n.Network;
        var unit = (double)Math.Max(1, n.TotalStake);
        var one = ShareUnit;
        var result = new Dictionary<int, long[]>();
        var used = new long[g.Validators.Count];
        var list = services.ToArray();
        foreach (var s in list)
        {
            var edges = g.Services[s].Edges;
            var values = lpShares(s);
            var f = new long[edges.Count];
            for (var k = 0; k < edges.Count; k++)
            {
                var v = edges[k].Validator;
                var stake = n.Stake[v] / unit;
                // Rounded to a multiple of 1/ShareUnit of the stake; a validator left over its whole stake is trimmed below.
                f[k] = stake <= 0 ? 0 : (long)Math.Round(Math.Clamp(values[k] / stake, 0, 1) * one);
                used[v] += f[k];
            }

            result[s] = f;
        }

        // Rounding may leave a validator's shares a hair over its whole stake: trim them back.
        foreach (var s in list)
        {
            var edges = g.Services[s].Edges;
            for (var k = 0; k < edges.Count; k++)
            {
                var v = edges[k].Validator;
                if (used[v] <= one) continue;
                var cut = Math.Min(result[s][k], used[v] - one);
                result[s][k] -= cut;
                used[v] -= cut;
            }
        }

        return result;
    }
}
