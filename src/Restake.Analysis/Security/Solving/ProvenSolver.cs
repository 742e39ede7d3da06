using System.Diagnostics;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// Runs the chosen back end and makes its answer exact: solutions are re-checked in integers. A SCIP optimum counts as
/// proven when SCIP's dual bound, plus a safety margin for its tolerances, stays below incumbent + 1: the data and
/// objective are integers, so no assignment lies strictly between. Otherwise a CP-SAT run must prove that no
/// assignment beats the incumbent by one unit; if that does not finish, the result is feasible with SCIP's bound. When
/// SCIP stops at its share of the time with an unproven incumbent, CP-SAT continues from it (as a hint): CP-SAT proves
/// fast once it holds a near-optimal solution.
/// </summary>
public static class ProvenSolver
{
    /// <summary>Solves <paramref name="p"/> with <paramref name="options"/>.</summary>
    public static SolveOutcome Solve(BinaryProgram p, SolverOptions options)
    {
        var sw = Stopwatch.StartNew();
        if (options.Kind == SolverKind.CpSat) return new CpSatSolver().Solve(p, options);
        var scip = new ScipSolver().Solve(p, options with { TimeLimitSeconds = options.TimeLimitSeconds * ScipShare });
        if (scip.Status == SolveStatus.Optimal && scip.Bound == scip.Objective)
            return scip with { Elapsed = sw.Elapsed, ExactProof = true, Solver = "SCIP (integral bound)" };
        if (scip.Status == SolveStatus.Feasible) return ContinueWithCpSat(p, options, scip, sw);
        if (scip.Status != SolveStatus.Optimal && scip.Status != SolveStatus.Infeasible) return scip;

        var remaining = Math.Max(1, options.TimeLimitSeconds - sw.Elapsed.TotalSeconds);
        var check = p.Clone();
        if (scip.Status == SolveStatus.Optimal)
        {
            var idx = Enumerable.Range(0, p.VarCount).Where(i => p.Objective[i] != 0).ToArray();
            check.AddRow(idx, idx.Select(i => p.Objective[i]).ToArray(), scip.Objective + 1, long.MaxValue / 4);
        }

        var confirm = new CpSatSolver().Solve(check, options with { Kind = SolverKind.CpSat, TimeLimitSeconds = remaining });
        var label = "SCIP+CP-SAT proof";
        if (confirm.Status == SolveStatus.Infeasible)
            return scip with { Elapsed = sw.Elapsed, ExactProof = true, Solver = label, Bound = scip.Status == SolveStatus.Optimal ? scip.Objective : scip.Bound };
        if (confirm.HasSolution)
            return confirm with { Status = SolveStatus.Feasible, Elapsed = sw.Elapsed, Solver = label, Bound = Math.Max(confirm.Objective, scip.Bound), ExactProof = false };
        return scip with { Status = scip.Status == SolveStatus.Optimal ? SolveStatus.Feasible : SolveStatus.Unknown, Elapsed = sw.Elapsed, ExactProof = false };
    }

    /// <summary>Share of the time limit SCIP gets before CP-SAT takes over an unproven incumbent.</summary>
    private const double ScipShare = 0.8;

    private static SolveOutcome ContinueWithCpSat(BinaryProgram p, SolverOptions options, SolveOutcome scip, Stopwatch sw)
    {
        var remaining = options.TimeLimitSeconds - sw.Elapsed.TotalSeconds;
        if (remaining < 0.5) return scip with { Elapsed = sw.Elapsed };
        var hinted = p.Clone();
        hinted.Hint = scip.Values;
        var cp = new CpSatSolver().Solve(hinted, options with { Kind = SolverKind.CpSat, TimeLimitSeconds = remaining });
        // CP-SAT's bound means something only when it ran to a solution; a run stopped early reports no bound.
        if (!cp.HasSolution || cp.Objective < scip.Objective)
            return scip with { Elapsed = sw.Elapsed, Bound = cp.HasSolution ? Math.Min(scip.Bound, Math.Max(cp.Bound, scip.Objective)) : scip.Bound };
        var label = cp.Status == SolveStatus.Optimal ? "SCIP+CP-SAT proof" : "SCIP+CP-SAT";
        return cp with { Elapsed = sw.Elapsed, Solver = label, Bound = Math.Min(cp.Bound, scip.Bound) };
    }
}
