namespace Restake.Analysis.Security.Solving;

/// <summary>One linear row lower ≤ Σ coef·var ≤ upper over binary variables, with integer coefficients.</summary>
public sealed record LinearRow(int[] Vars, long[] Coefs, long Lower, long Upper);

/// <summary>
/// A 0/1 integer program with integer data: maximise Σ objective·x subject to rows. Built once by a formulation and
/// handed to any <see cref="IBinarySolver"/>, so both back ends see exactly the same model.
/// </summary>
public sealed class BinaryProgram
{
    private readonly List<long> _objective = [];
    private readonly List<(long Lower, long Upper)> _bounds = [];

    /// <summary>Rows of the program.</summary>
    public List<LinearRow> Rows { get; } = [];

    /// <summary>Optional starting solution (a known feasible point).</summary>
    public bool[]? Hint { get; set; }

    /// <summary>Number of variables.</summary>
    public int VarCount => _objective.Count;

    /// <summary>Objective coefficients (maximised).</summary>
    public IReadOnlyList<long> Objective => _objective;

    /// <summary>Variable bounds within {0, 1} (fixing to 0 or 1).</summary>
    public IReadOnlyList<(long Lower, long Upper)> Bounds => _bounds;

    /// <summary>Adds a binary variable with objective coefficient <paramref name="objective"/>; returns its index.</summary>
    public int AddVar(long objective = 0)
    {
        _objective.Add(objective);
        _bounds.Add((0, 1));
        return _objective.Count - 1;
    }

    /// <summary>Sets an objective coefficient.</summary>
    public void SetObjective(int var, long coef) => _objective[var] = coef;

    /// <summary>Fixes a variable to 0 or 1.</summary>
    public void Fix(int var, bool value) => _bounds[var] = value ? (1, 1) : (0, 0);

    /// <summary>Adds lower ≤ Σ coefs·vars ≤ upper.</summary>
    public void AddRow(IReadOnlyList<int> vars, IReadOnlyList<long> coefs, long lower, long upper) =>
        Rows.Add(new LinearRow(vars.ToArray(), coefs.ToArray(), lower, upper));

    /// <summary>Objective value of an assignment.</summary>
    public long Evaluate(bool[] x)
    {
        long z = 0;
        for (var i = 0; i < x.Length; i++)
            if (x[i]) z += _objective[i];
        return z;
    }

    /// <summary>True when the assignment satisfies every row and bound (exact integer check).</summary>
    public bool IsFeasible(bool[] x)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i] ? 1 : 0;
            if (v < _bounds[i].Lower || v > _bounds[i].Upper) return false;
        }

        foreach (var r in Rows)
        {
            Int128 sum = 0;
            for (var k = 0; k < r.Vars.Length; k++)
                if (x[r.Vars[k]]) sum += r.Coefs[k];
            if (sum < r.Lower || sum > r.Upper) return false;
        }

        return true;
    }
}
