using System.Diagnostics;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// Primal heuristic for γ* (pooled model): looks for an attacked set A with a small ratio c(A)/π_A, judging each set by
/// the LP value of its cheapest cover (close to the 0/1 cover when stakes are small next to thresholds). Candidates come
/// from Dinkelbach steps on the relaxation with split stake (<see cref="AttackProgram"/>, splitStake): its attacked
/// fractions, cut at several levels, name the sets; then single services are added or dropped while that helps. The
/// caller covers the chosen set exactly and verifies the attack.
/// </summary>
public sealed class RatioSetSearch : IDisposable
{
    private static readonly double[] Levels = [0.999, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];

    private readonly ScaledNetwork _n;
    private readonly AttackProgram _split;
    private readonly AttackProgram _plain;
    private readonly LinearRelaxation _steps;
    private readonly LinearRelaxation _covers;
    private readonly int[] _costVars; // of the split program

    /// <summary>Prepares the relaxations of a pooled network.</summary>
    public RatioSetSearch(ScaledNetwork n)
    {
        if (n.Network.Model != StakeModel.Pooled) throw new ArgumentException("the set search covers pooled networks");
        _n = n;
        _split = new AttackProgram(n, AttackObjective.Ratio, ratio: (1, 1), splitStake: true);
        _plain = new AttackProgram(n, AttackObjective.Ratio, ratio: (1, 1));
        _steps = new LinearRelaxation(_split.Program);
        var xs = _split.ServiceVariables.Values.ToHashSet();
        _costVars = Enumerable.Range(0, _split.Program.VarCount).Where(i => !xs.Contains(i) && _split.Program.Objective[i] != 0).ToArray();
        _covers = new LinearRelaxation(_plain.Program);
    }

    /// <summary>The services a set may hold.</summary>
    public IReadOnlyCollection<int> Services => _plain.Services;

    /// <summary>
    /// The set with the smallest LP cover ratio found within <paramref name="seconds"/>, starting the Dinkelbach steps at
    /// <paramref name="ratio"/> (a known attack's σ_B/π_A); null when none beats it.
    /// </summary>
    public IReadOnlyList<int>? Search(double ratio, double seconds)
    {
        var sw = Stopwatch.StartNew();
        bool Late() => sw.Elapsed.TotalSeconds > seconds;
        IReadOnlyList<int>? best = null;
        var bestRatio = ratio;
        while (!Late())
        {
            // λ·π_A − σ_B, divided by max(1, λ) so that a large λ does not swamp the LP's tolerances.
            var norm = 1 / Math.Max(1, bestRatio);
            foreach (var (s, x) in _split.ServiceVariables) _steps.SetObjective(x, Math.Min(1, bestRatio) * _n.Profit[s]);
            foreach (var v in _costVars) _steps.SetObjective(v, norm * _split.Program.Objective[v]);
            if (_steps.Solve(seconds - sw.Elapsed.TotalSeconds) is not { } lp || lp.Value <= 0) break;
            var improved = false;
            foreach (var level in Levels)
            {
                if (Late()) break;
                var set = _split.ServiceVariables.Where(kv => lp.Point[kv.Value] >= level).Select(kv => kv.Key).Order().ToArray();
                if (set.Length == 0 || CoverRatio(set, seconds - sw.Elapsed.TotalSeconds) is not { } r || r >= bestRatio) continue;
                (best, bestRatio, improved) = (set, r, true);
            }

            if (!improved) break;
        }

        if (best is null) return null;
        // First-improvement moves of one service in or out.
        var current = best.ToHashSet();
        var moved = true;
        while (moved && !Late())
        {
            moved = false;
            foreach (var s in _plain.Services.Order())
            {
                if (Late()) break;
                if (!current.Remove(s)) current.Add(s);
                if (current.Count > 0 && CoverRatio(current, seconds - sw.Elapsed.TotalSeconds) is { } r && r < bestRatio)
                {
                    (bestRatio, moved) = (r, true);
                    continue;
                }

                if (!current.Remove(s)) current.Add(s);
            }
        }

        return current.Order().ToArray();
    }

    /// <summary>
    /// A cheap coalition attacking exactly <paramref name="set"/>, or null: first CP-SAT around the LP cover (every single
    /// validator the LP takes whole or leaves out fixed so, a small program), then SCIP on the whole cover program from
    /// that start (SCIP finds good knapsack covers faster).
    /// </summary>
    public Attack? Cover(IReadOnlyList<int> set, double seconds)
    {
        var sw = Stopwatch.StartNew();
        if (CoverPoint(set, seconds) is not { } point) return null;
        var near = _plain.WithServices(set);
        var xs = _plain.ServiceVariables.Values.ToHashSet();
        for (var i = 0; i < near.VarCount; i++)
        {
            if (xs.Contains(i) || near.Sums[i] is not null || near.Integer[i]) continue;
            if (point[i] <= Integral) near.Fix(i, false);
            else if (point[i] >= 1 - Integral) near.Fix(i, true);
        }

        double Left(double share) => Math.Max(0.1, (seconds - sw.Elapsed.TotalSeconds) * share);
        var first = new CpSatSolver().Solve(near, new SolverOptions(SolverKind.CpSat, Left(NearShare)));
        var full = _plain.WithServices(set);
        full.Hint = first.Values;
        var second = new ScipSolver().Solve(full, new SolverOptions(SolverKind.Scip, Left(1), Workers: 1));
        var best = second.HasSolution && (!first.HasSolution || second.Objective >= first.Objective) ? second : first;
        return best.HasSolution ? _plain.Decode(best.Values!) : null;
    }

    /// <summary>Share of the cover's time for the search around the LP cover.</summary>
    private const double NearShare = 0.25;

    /// <summary>LP values this close to 0 or 1 count as decided when fixing a cover's validators.</summary>
    private const double Integral = 1e-6;

    /// <summary>LP cover cost of <paramref name="set"/> over its profit, or null when the LP does not finish.</summary>
    private double? CoverRatio(IReadOnlyCollection<int> set, double seconds)
    {
        var profit = set.Sum(s => _n.Profit[s]);
        if (profit <= 0 || CoverValue(set, seconds) is not { } value) return null;
        return (profit - value) / profit;
    }

    private double? CoverValue(IReadOnlyCollection<int> set, double seconds) => CoverLp(set, seconds)?.Value;

    private double[]? CoverPoint(IReadOnlyCollection<int> set, double seconds) => CoverLp(set, seconds)?.Point;

    private (double Value, double[] Point)? CoverLp(IReadOnlyCollection<int> set, double seconds)
    {
        var chosen = set.ToHashSet();
        foreach (var (s, x) in _plain.ServiceVariables)
        {
            var on = chosen.Contains(s);
            _covers.SetBounds(x, on ? 1 : 0, on ? 1 : 0);
        }

        return _covers.Solve(seconds);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _steps.Dispose();
        _covers.Dispose();
    }
}
