using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using Google.OrTools.Util;

namespace Restake.Analysis.Security.Solving;

/// <summary>CP-SAT back end. All data are integers, so an OPTIMAL status is an exact proof.</summary>
public sealed class CpSatSolver : IBinarySolver
{
    /// <summary>Above this many variables a single LP-heavy worker proves faster than a portfolio on two cores.</summary>
    private const int LargeModel = 200;

    /// <inheritdoc />
    public SolveOutcome Solve(BinaryProgram p, SolverOptions options)
    {
        var sw = Stopwatch.StartNew();
        var model = new CpModel();
        var vars = new IntVar[p.VarCount];
        for (var i = 0; i < p.VarCount; i++)
        {
            var name = "v" + i.ToString(CultureInfo.InvariantCulture);
            var (lo, hi) = p.Bounds[i];
            if (p.Sums[i] is { } sums)
            {
                // The exact set of reachable sums: holes are part of the domain, the LP sees its hull.
                var kept = sums.Intervals.Where(iv => iv.Hi >= lo && iv.Lo <= hi).Select(iv => (Math.Max(iv.Lo, lo), Math.Min(iv.Hi, hi))).ToArray();
                vars[i] = model.NewIntVarFromDomain(Domain.FromFlatIntervals(kept.SelectMany(iv => new[] { iv.Item1, iv.Item2 }).ToArray()), name);
            }
            else if (p.Integer[i])
            {
                vars[i] = model.NewIntVar(lo, hi, name);
            }
            else
            {
                vars[i] = model.NewBoolVar(name);
                if (lo == hi) model.Add(vars[i] == lo);
            }
        }

        foreach (var r in p.Rows)
            model.AddLinearConstraint(LinearExpr.WeightedSum(r.Vars.Select(v => vars[v]), r.Coefs), r.Lower, r.Upper);
        var objIdx = Enumerable.Range(0, p.VarCount).Where(i => p.Objective[i] != 0).ToArray();
        var objective = LinearExpr.WeightedSum(objIdx.Select(i => vars[i]), objIdx.Select(i => p.Objective[i]));
        model.Maximize(objective);
        if (p.Hint is { } hint)
        {
            for (var i = 0; i < hint.Length; i++)
                model.AddHint(vars[i], hint[i]);
            // A feasible hint's value is a lower bound on the optimum: it prunes every branch that cannot reach it.
            if (p.IsFeasible(hint)) model.Add(objective >= p.Evaluate(hint));
        }

        var large = p.VarCount >= LargeModel;
        var workers = options.Workers > 0 ? options.Workers : large ? 1 : Environment.ProcessorCount;
        var extra = large ? " linearization_level:2" : "";
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{options.TimeLimitSeconds} num_workers:{workers} log_search_progress:false{extra}"),
        };
        var status = solver.Solve(model);
        long[]? values = null;
        long best = 0;
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            values = vars.Select(v => solver.Value(v)).ToArray();
            best = p.Evaluate(values);
        }

        var st = status switch
        {
            CpSolverStatus.Optimal => SolveStatus.Optimal,
            CpSolverStatus.Feasible => SolveStatus.Feasible,
            CpSolverStatus.Infeasible => SolveStatus.Infeasible,
            CpSolverStatus.ModelInvalid => throw new NotSupportedException("CP-SAT rejected the model: " + model.Validate()),
            _ => SolveStatus.Unknown,
        };
        // Without a solution (stopped in presolve or search) CP-SAT's bound field is not a bound: report none.
        var bound = st switch
        {
            SolveStatus.Optimal => best,
            SolveStatus.Feasible => Math.Max(best, (long)Math.Floor(solver.BestObjectiveBound)),
            _ => long.MaxValue,
        };
        return new SolveOutcome(st, values, best, bound, "CP-SAT", sw.Elapsed, true);
    }
}
