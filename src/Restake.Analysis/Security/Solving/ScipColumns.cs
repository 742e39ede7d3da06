using Google.OrTools.LinearSolver;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// SCIP columns for a program's variables. A subset-sum variable becomes whichever exact linear form is smaller: one
/// binary per part (value Σ part·b), or one binary per interval of reachable sums plus an offset within it
/// (value Σ lo_k·z_k + u_k, Σ z_k = 1, 0 ≤ u_k ≤ (hi_k − lo_k)·z_k).
/// </summary>
internal sealed class ScipColumns
{
    private readonly Solver _solver;
    private readonly BinaryProgram _p;
    private readonly List<(Variable Var, long Coef)>[] _terms; // value of program variable i = Σ coef·column

    public ScipColumns(Solver solver, BinaryProgram p)
    {
        _solver = solver;
        _p = p;
        _terms = new List<(Variable, long)>[p.VarCount];
        for (var i = 0; i < p.VarCount; i++)
        {
            var (lo, hi) = p.Bounds[i];
            var terms = _terms[i] = [];
            if (p.Sums[i] is not { } sums)
            {
                terms.Add((solver.MakeIntVar(lo, hi, "b" + i), 1));
                continue;
            }

            var value = solver.MakeConstraint(lo, hi);
            if (sums.Intervals.Count <= sums.Parts.Length)
            {
                var one = solver.MakeConstraint(1, 1);
                for (var k = 0; k < sums.Intervals.Count; k++)
                {
                    var (a, b) = sums.Intervals[k];
                    var z = solver.MakeBoolVar($"z{i}_{k}");
                    one.SetCoefficient(z, 1);
                    terms.Add((z, a));
                    if (b == a) continue;
                    var u = solver.MakeIntVar(0, b - a, $"u{i}_{k}");
                    var link = solver.MakeConstraint(double.NegativeInfinity, 0);
                    link.SetCoefficient(u, 1);
                    link.SetCoefficient(z, -(b - a));
                    terms.Add((u, 1));
                }
            }
            else
            {
                for (var k = 0; k < sums.Parts.Length; k++) terms.Add((solver.MakeBoolVar($"p{i}_{k}"), sums.Parts[k]));
            }

            foreach (var (v, c) in terms) value.SetCoefficient(v, c);
        }
    }

    public void AddTerm(Constraint row, int var, long coef)
    {
        foreach (var (v, c) in _terms[var]) row.SetCoefficient(v, row.GetCoefficient(v) + (double)coef * c);
    }

    public void AddObjective(Objective obj, int var, long coef)
    {
        foreach (var (v, c) in _terms[var]) obj.SetCoefficient(v, obj.GetCoefficient(v) + (double)coef * c);
    }

    public void SetHint(long[] hint)
    {
        var vars = new List<Variable>();
        var vals = new List<double>();
        for (var i = 0; i < _p.VarCount; i++)
        {
            var col = Columns(i, hint[i]);
            if (col is null) return; // not a reachable value: no hint rather than a wrong one
            foreach (var (v, x) in col)
            {
                vars.Add(v);
                vals.Add(x);
            }
        }

        _solver.SetHint(vars.ToArray(), vals.ToArray());
    }

    public long[] Values()
    {
        var x = new long[_p.VarCount];
        for (var i = 0; i < _p.VarCount; i++)
            foreach (var (v, c) in _terms[i]) x[i] += c * (long)Math.Round(v.SolutionValue());
        return x;
    }

    /// <summary>Column values encoding value <paramref name="x"/> of program variable <paramref name="i"/>.</summary>
    private List<(Variable, double)>? Columns(int i, long x)
    {
        var terms = _terms[i];
        if (_p.Sums[i] is not { } sums) return [(terms[0].Var, x)];
        if (!sums.Contains(x)) return null;
        if (terms.Count == sums.Parts.Length && sums.Intervals.Count > sums.Parts.Length)
        {
            var chosen = sums.Realise(x).ToHashSet();
            return terms.Select((t, k) => (t.Var, chosen.Contains(k) ? 1.0 : 0.0)).ToList();
        }

        var result = new List<(Variable, double)>();
        var j = 0;
        foreach (var (a, b) in sums.Intervals)
        {
            var inside = x >= a && x <= b;
            result.Add((terms[j++].Var, inside ? 1 : 0));
            if (b == a) continue;
            result.Add((terms[j++].Var, inside ? x - a : 0));
        }

        return result;
    }
}
