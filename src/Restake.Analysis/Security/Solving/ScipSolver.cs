using System.Diagnostics;
using Google.OrTools.LinearSolver;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// SCIP through OR-Tools' linear-solver API, run with a zero gap tolerance and a tight feasibility tolerance. Its LP
/// works in floating point, so its solution is re-checked exactly here and its bound is only as good as its
/// tolerances: <see cref="ProvenSolver"/> decides what that bound proves.
/// </summary>
public sealed class ScipSolver : IBinarySolver
{
    /// <inheritdoc />
    public SolveOutcome Solve(BinaryProgram p, SolverOptions options)
    {
        var sw = Stopwatch.StartNew();
        using var solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("SCIP is not available in this OR-Tools build.");
        var columns = new ScipColumns(solver, p);
        foreach (var r in p.Rows)
        {
            var c = solver.MakeConstraint(r.Lower == long.MinValue ? double.NegativeInfinity : r.Lower,
                r.Upper == long.MaxValue ? double.PositiveInfinity : r.Upper);
            for (var k = 0; k < r.Vars.Length; k++) columns.AddTerm(c, r.Vars[k], r.Coefs[k]);
        }

        var obj = solver.Objective();
        for (var i = 0; i < p.VarCount; i++)
            if (p.Objective[i] != 0) columns.AddObjective(obj, i, p.Objective[i]);
        obj.SetMaximization();
        if (p.Hint is { } hint) columns.SetHint(hint);
        solver.SetTimeLimit((long)(options.TimeLimitSeconds * 1000));
        if (options.Workers > 0) solver.SetNumThreads(options.Workers);
        solver.SetSolverSpecificParametersAsString("numerics/feastol = 1e-9\nlimits/absgap = 0\n");
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        var status = solver.Solve(parameters);
        long[]? values = null;
        long objective = 0;
        if (status is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE)
        {
            values = columns.Values();
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
        // The objective is integral, so the bound rounds down; the margin absorbs SCIP's own tolerances.
        var bound = double.IsFinite(rawBound) ? (long)Math.Floor(rawBound + ScipMargin(rawBound)) : long.MaxValue;
        if (values is not null && bound < objective) bound = objective;
        return new SolveOutcome(st, values, objective, bound, "SCIP", sw.Elapsed, false);
    }

    /// <summary>Safety margin added to SCIP's floating-point dual bound before rounding it down.</summary>
    public static double ScipMargin(double bound) => 1e-3 + 1e-7 * Math.Abs(bound);
}
