using System.Diagnostics;
using Google.OrTools.LinearSolver;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// SCIP through OR-Tools' linear-solver API. Its LP works in floating point with tolerances, so an optimal status here
/// is not a proof: <see cref="ProvenSolver"/> re-checks the solution exactly and closes the last gap with CP-SAT.
/// </summary>
public sealed class ScipSolver : IBinarySolver
{
    /// <inheritdoc />
    public SolveOutcome Solve(BinaryProgram p, SolverOptions options)
    {
        var sw = Stopwatch.StartNew();
        using var solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("SCIP is not available in this OR-Tools build.");
        var vars = new Variable[p.VarCount];
        for (var i = 0; i < p.VarCount; i++)
        {
            var (lo, hi) = p.Bounds[i];
            vars[i] = solver.MakeIntVar(lo, hi, "b" + i);
        }

        foreach (var r in p.Rows)
        {
            var c = solver.MakeConstraint(r.Lower == long.MinValue ? double.NegativeInfinity : r.Lower,
                r.Upper == long.MaxValue ? double.PositiveInfinity : r.Upper);
            for (var k = 0; k < r.Vars.Length; k++) c.SetCoefficient(vars[r.Vars[k]], r.Coefs[k]);
        }

        var obj = solver.Objective();
        for (var i = 0; i < p.VarCount; i++)
            if (p.Objective[i] != 0) obj.SetCoefficient(vars[i], p.Objective[i]);
        obj.SetMaximization();
        if (p.Hint is { } hint) solver.SetHint(vars, hint.Select(h => h ? 1.0 : 0.0).ToArray());
        solver.SetTimeLimit((long)(options.TimeLimitSeconds * 1000));
        if (options.Workers > 0) solver.SetNumThreads(options.Workers);
        var status = solver.Solve();
        bool[]? values = null;
        long objective = 0;
        if (status is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE)
        {
            values = vars.Select(v => v.SolutionValue() > 0.5).ToArray();
            // A tolerance-feasible point may violate a row exactly; such a point is not reported as a solution.
            if (!p.IsFeasible(values)) values = null;
            else objective = p.Evaluate(values);
        }

        var st = status switch
        {
            Solver.ResultStatus.OPTIMAL when values is not null => SolveStatus.Optimal,
            Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE => values is null ? SolveStatus.Unknown : SolveStatus.Feasible,
            Solver.ResultStatus.INFEASIBLE => SolveStatus.Infeasible,
            _ => SolveStatus.Unknown,
        };
        var rawBound = status == Solver.ResultStatus.OPTIMAL || status == Solver.ResultStatus.FEASIBLE ? obj.BestBound() : double.PositiveInfinity;
        // The objective is integral, so the bound rounds down; the small margin absorbs SCIP's own tolerance.
        var bound = double.IsFinite(rawBound) ? (long)Math.Floor(rawBound + 1e-6 * Math.Max(1, Math.Abs(rawBound))) : long.MaxValue;
        if (values is not null && bound < objective) bound = objective;
        return new SolveOutcome(st, values, objective, bound, "SCIP", sw.Elapsed, false);
    }
}
