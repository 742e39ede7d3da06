using Google.OrTools.LinearSolver;

namespace Restake.Analysis.Security.Solving;

/// <summary>Where a service stands in the service branch and bound.</summary>
public enum ServiceFix
{
    /// <summary>May or may not be attacked.</summary>
    Open,

    /// <summary>Attacked.</summary>
    In,

    /// <summary>Not attacked.</summary>
    Out,
}

/// <summary>
/// The stake-share LP of <see cref="RatioCertificate"/> for a node of the service branch and bound: shares a_vs split each
/// stake over the services, K_s is the cover of s priced in shares (by its fractional-cover dual), and the LP maximises ρ
/// subject to Σ_{s∈In}(K_s − ρπ_s) + Σ_{s∈Open} min(0, K_s − ρπ_s) ≥ 0, i.e. every attacked set between In and In ∪ Open
/// costs at least ρ·π_A. Services Out give their shares to the rest. One GLOP model whose nodes differ only in bounds,
/// so each solve starts from the last basis. The answer is a float guess: the caller prices it exactly.
/// </summary>
public sealed class ShareProgram : IDisposable
{
    private readonly Solver _lp;
    private readonly Dictionary<int, Variable[]> _shares = [];
    private readonly Dictionary<int, Variable> _slack = [];
    private readonly Dictionary<int, Constraint> _row = [];

    /// <summary>Builds the LP over <paramref name="services"/> (profitable, with their cover targets).</summary>
    public ShareProgram(ScaledNetwork n, IReadOnlyList<int> services, IReadOnlyDictionary<int, long> need)
    {
        var g = n.Network;
        var unit = (double)Math.Max(1, n.TotalStake);
        _lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available in this OR-Tools build.");
        var rho = _lp.MakeNumVar(0, double.PositiveInfinity, "rho");
        var capacity = new Dictionary<int, Constraint>();
        var total = _lp.MakeConstraint(0, double.PositiveInfinity); // Σ_s e_s ≥ 0
        foreach (var s in services)
        {
            var mu = _lp.MakeNumVar(0, double.PositiveInfinity, "mu");
            var e = _lp.MakeNumVar(double.NegativeInfinity, 0, "e");
            total.SetCoefficient(e, 1);
            var row = _lp.MakeConstraint(0, double.PositiveInfinity); // μ·t − Σ b − ρπ − e ≥ 0
            row.SetCoefficient(mu, need[s] / unit);
            row.SetCoefficient(rho, -n.Profit[s] / unit);
            row.SetCoefficient(e, -1);
            _shares[s] = AddShares(_lp, n, s, need[s], mu, row, capacity, unit);
            _slack[s] = e;
            _row[s] = row;
        }

        var objective = _lp.Objective();
        objective.SetCoefficient(rho, 1);
        objective.SetMaximization();
        // Nodes change bounds only: the last optimal basis stays dual feasible, so dual simplex restarts from it (presolve
        // would rebuild the problem and lose the basis).
        _lp.SetSolverSpecificParametersAsString("use_dual_simplex:true use_preprocessing:false");
    }

    /// <summary>
    /// Solves for the given fixings (every service of the program must appear); returns the shares per service and edge
    /// (stake units / total stake), or null when GLOP does not finish in <paramref name="seconds"/>.
    /// </summary>
    public Dictionary<int, double[]>? Solve(IReadOnlyDictionary<int, ServiceFix> fix, double seconds)
    {
        foreach (var (s, f) in fix)
        {
            switch (f)
            {
                case ServiceFix.In:
                    _slack[s].SetBounds(double.NegativeInfinity, double.PositiveInfinity);
                    _row[s].SetBounds(0, double.PositiveInfinity);
                    break;
                case ServiceFix.Open:
                    _slack[s].SetBounds(double.NegativeInfinity, 0);
                    _row[s].SetBounds(0, double.PositiveInfinity);
                    break;
                default:
                    _slack[s].SetBounds(0, 0);
                    _row[s].SetBounds(double.NegativeInfinity, double.PositiveInfinity);
                    break;
            }
        }

        _lp.SetTimeLimit((long)Math.Max(1, seconds * 1000));
        var status = _lp.Solve();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE)) return null;
        return _shares.ToDictionary(p => p.Key, p => p.Value.Select(a => fix[p.Key] == ServiceFix.Out ? 0 : a.SolutionValue()).ToArray());
    }

    /// <inheritdoc />
    public void Dispose() => _lp.Dispose();

    /// <summary>
    /// Service <paramref name="s"/>'s stake-share columns: a share a ≤ stake per edge (one capacity row per validator,
    /// shared across services) and its shortfall b ≥ μ·min(w, need) − a, each b subtracted in <paramref name="row"/>.
    /// </summary>
    internal static Variable[] AddShares(Solver lp, ScaledNetwork n, int s, long need, Variable mu, Constraint row,
        Dictionary<int, Constraint> capacity, double unit)
    {
        var edges = n.Network.Services[s].Edges;
        var a = new Variable[edges.Count];
        for (var k = 0; k < edges.Count; k++)
        {
            var v = edges[k].Validator;
            a[k] = lp.MakeNumVar(0, double.PositiveInfinity, "a");
            var b = lp.MakeNumVar(0, double.PositiveInfinity, "b");
            row.SetCoefficient(b, -1);
            var excess = lp.MakeConstraint(0, double.PositiveInfinity); // b ≥ μ·w − a
            excess.SetCoefficient(b, 1);
            excess.SetCoefficient(a[k], 1);
            excess.SetCoefficient(mu, -Math.Min(n.Weight[s][k], need) / unit);
            if (!capacity.TryGetValue(v, out var cap))
                capacity[v] = cap = lp.MakeConstraint(double.NegativeInfinity, n.Stake[v] / unit);
            cap.SetCoefficient(a[k], 1);
        }

        return a;
    }
}
