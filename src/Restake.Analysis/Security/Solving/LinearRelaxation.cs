using Google.OrTools.LinearSolver;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// The LP relaxation of a <see cref="BinaryProgram"/> in GLOP (every variable continuous within its bounds). One model
/// whose solves differ only in objective and bounds, so each solve restarts from the last basis. A heuristic's guide:
/// its floating-point answers prove nothing.
/// </summary>
public sealed class LinearRelaxation : IDisposable
{
    private readonly Solver _lp;
    private readonly Variable[] _vars;

    /// <summary>Builds the relaxation of <paramref name="p"/>.</summary>
    public LinearRelaxation(BinaryProgram p)
    {
        _lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available in this OR-Tools build.");
        _vars = Enumerable.Range(0, p.VarCount).Select(i => _lp.MakeNumVar(p.Bounds[i].Lower, p.Bounds[i].Upper, "v" + i)).ToArray();
        foreach (var r in p.Rows)
        {
            var c = _lp.MakeConstraint(r.Lower <= long.MinValue / 8 ? double.NegativeInfinity : r.Lower, r.Upper >= long.MaxValue / 8 ? double.PositiveInfinity : r.Upper);
            for (var k = 0; k < r.Vars.Length; k++) c.SetCoefficient(_vars[r.Vars[k]], r.Coefs[k]);
        }

        var objective = _lp.Objective();
        for (var i = 0; i < p.VarCount; i++) objective.SetCoefficient(_vars[i], p.Objective[i]);
        objective.SetMaximization();
        _lp.SetSolverSpecificParametersAsString("use_preprocessing:false");
    }

    /// <summary>Sets the objective coefficient of variable <paramref name="var"/>.</summary>
    public void SetObjective(int var, double coef) => _lp.Objective().SetCoefficient(_vars[var], coef);

    /// <summary>Sets the bounds of variable <paramref name="var"/>.</summary>
    public void SetBounds(int var, double lower, double upper) => _vars[var].SetBounds(lower, upper);

    /// <summary>Maximises; the optimum's value and point, or null when GLOP does not finish in <paramref name="seconds"/>.</summary>
    public (double Value, double[] Point)? Solve(double seconds)
    {
        _lp.SetTimeLimit((long)Math.Max(1, seconds * 1000));
        if (_lp.Solve() != Solver.ResultStatus.OPTIMAL) return null;
        return (_lp.Objective().Value(), _vars.Select(v => v.SolutionValue()).ToArray());
    }

    /// <inheritdoc />
    public void Dispose() => _lp.Dispose();
}
