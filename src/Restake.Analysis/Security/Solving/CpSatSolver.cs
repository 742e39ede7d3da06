using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace Restake.Analysis.Security.Solving;

/// <summary>CP-SAT back end. All data are integers, so an OPTIMAL status is an exact proof.</summary>
public sealed class CpSatSolver : IBinarySolver
{
    /// <inheritdoc />
    public SolveOutcome Solve(BinaryProgram p, SolverOptions options)
    {
        var sw = Stopwatch.StartNew();
        var model = new CpModel();
        var vars = new BoolVar[p.VarCount];
        for (var i = 0; i < p.VarCount; i++)
        {
            vars[i] = model.NewBoolVar("b" + i.ToString(CultureInfo.InvariantCulture));
            var (lo, hi) = p.Bounds[i];
            if (lo == hi) model.Add(vars[i] == lo);
        }

        foreach (var r in p.Rows)
            model.AddLinearConstraint(LinearExpr.WeightedSum(r.Vars.Select(v => vars[v]), r.Coefs), r.Lower, r.Upper);
        var objIdx = Enumerable.Range(0, p.VarCount).Where(i => p.Objective[i] != 0).ToArray();
        model.Maximize(LinearExpr.WeightedSum(objIdx.Select(i => vars[i]), objIdx.Select(i => p.Objective[i])));
        if (p.Hint is { } hint)
            for (var i = 0; i < hint.Length; i++)
                model.AddHint(vars[i], hint[i]);

        var workers = options.Workers > 0 ? options.Workers : (p.VarCount < 200 ? 1 : Environment.ProcessorCount);
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{options.TimeLimitSeconds} num_workers:{workers} log_search_progress:false"),
        };
        var status = solver.Solve(model);
        bool[]? values = null;
        long objective = 0;
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            values = vars.Select(v => solver.BooleanValue(v)).ToArray();
            objective = p.Evaluate(values);
        }

        var st = status switch
        {
            CpSolverStatus.Optimal => SolveStatus.Optimal,
            CpSolverStatus.Feasible => SolveStatus.Feasible,
            CpSolverStatus.Infeasible => SolveStatus.Infeasible,
            CpSolverStatus.ModelInvalid => throw new NotSupportedException("CP-SAT rejected the model: " + model.Validate()),
            _ => SolveStatus.Unknown,
        };
        var bound = st == SolveStatus.Optimal ? objective : (long)Math.Floor(solver.BestObjectiveBound);
        return new SolveOutcome(st, values, objective, bound, "CP-SAT", sw.Elapsed, true);
    }
}
