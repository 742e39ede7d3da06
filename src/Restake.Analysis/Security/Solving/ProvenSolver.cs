using System.Diagnostics;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// Runs the chosen back end and makes its answer exact: solutions are re-checked in integers; a SCIP "optimal" is
/// confirmed by a CP-SAT run that must prove no assignment beats the incumbent by one unit, with the incumbent as hint.
/// If that confirmation does not finish, the result is reported as feasible with SCIP's bound (not a proof).
/// </summary>
public static class ProvenSolver
{
    /// <summary>Solves <paramref name="p"/> with <paramref name="options"/>.</summary>
    public static SolveOutcome Solve(BinaryProgram p, SolverOptions options)
    {
        var sw = Stopwatch.StartNew();
        if (options.Kind == SolverKind.CpSat) return new CpSatSolver().Solve(p, options);
        var scip = new ScipSolver().Solve(p, options);
        if (scip.Status != SolveStatus.Optimal && scip.Status != SolveStatus.Infeasible) return scip;

        var remaining = Math.Max(1, options.TimeLimitSeconds - sw.Elapsed.TotalSeconds);
        var check = new BinaryProgram();
        for (var i = 0; i < p.VarCount; i++)
        {
            check.AddVar(p.Objective[i]);
            var (lo, hi) = p.Bounds[i];
            if (lo == hi) check.Fix(i, lo == 1);
        }

        foreach (var r in p.Rows) check.Rows.Add(r);
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
}
