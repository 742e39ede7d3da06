namespace Restake.Analysis.Security.Solving;

/// <summary>One linear row lower ≤ Σ coef·var ≤ upper over binary variables, with integer coefficients.</summary>
public sealed record LinearRow(int[] Vars, long[] Coefs, long Lower, long Upper);

/// <summary>
/// A 0/1 integer program with integer data: maximise Σ objective·x subject to rows. Besides binaries it may hold
/// subset-sum variables, whose value is the sum of some subset of given parts (merged interchangeable items). Built
/// once by a formulation and handed to any <see cref="IBinarySolver"/>, so both back ends see exactly the same model.
/// </summary>
public sealed class BinaryProgram
{
    private readonly List<long> _objective = [];
    private readonly List<(long Lower, long Upper)> _bounds = [];
    private readonly List<SubsetSums?> _sums = [];
    private readonly List<bool> _integer = [];

    /// <summary>Rows of the program.</summary>
    public List<LinearRow> Rows { get; } = [];

    /// <summary>Optional starting solution (a known feasible point).</summary>
    public long[]? Hint { get; set; }

    /// <summary>Number of variables.</summary>
    public int VarCount => _objective.Count;

    /// <summary>Objective coefficients (maximised).</summary>
    public IReadOnlyList<long> Objective => _objective;

    /// <summary>Variable bounds (binaries: within {0, 1}; subset-sum variables: 0 and the total).</summary>
    public IReadOnlyList<(long Lower, long Upper)> Bounds => _bounds;

    /// <summary>Per variable: null for a binary, the reachable sums for a subset-sum variable.</summary>
    public IReadOnlyList<SubsetSums?> Sums => _sums;

    /// <summary>Per variable: true for a general integer variable within its bounds.</summary>
    public IReadOnlyList<bool> Integer => _integer;

    /// <summary>True when every variable is binary.</summary>
    public bool AllBinary => _sums.All(s => s is null) && !_integer.Contains(true);

    /// <summary>Adds a binary variable with objective coefficient <paramref name="objective"/>; returns its index.</summary>
    public int AddVar(long objective = 0)
    {
        _objective.Add(objective);
        _bounds.Add((0, 1));
        _sums.Add(null);
        _integer.Add(false);
        return _objective.Count - 1;
    }

    /// <summary>Adds an integer variable within [0, <paramref name="upper"/>]; returns its index.</summary>
    public int AddIntVar(long upper, long objective = 0)
    {
        _objective.Add(objective);
        _bounds.Add((0, upper));
        _sums.Add(null);
        _integer.Add(true);
        return _objective.Count - 1;
    }

    /// <summary>Adds a variable whose value is a subset sum of <paramref name="sums"/>' parts; returns its index.</summary>
    public int AddSumVar(SubsetSums sums, long objective = 0)
    {
        _objective.Add(objective);
        _bounds.Add((0, sums.Total));
        _sums.Add(sums);
        _integer.Add(false);
        return _objective.Count - 1;
    }

    /// <summary>Sets an objective coefficient.</summary>
    public void SetObjective(int var, long coef) => _objective[var] = coef;

    /// <summary>Fixes a variable to 0 or 1.</summary>
    public void Fix(int var, bool value) => _bounds[var] = value ? (_bounds[var].Upper, _bounds[var].Upper) : (0, 0);

    /// <summary>A copy with the same variables, bounds, rows and hint (rows are shared, they are immutable).</summary>
    public BinaryProgram Clone()
    {
        var c = new BinaryProgram { Hint = Hint };
        c._objective.AddRange(_objective);
        c._bounds.AddRange(_bounds);
        c._sums.AddRange(_sums);
        c._integer.AddRange(_integer);
        c.Rows.AddRange(Rows);
        return c;
    }

    /// <summary>Adds lower ≤ Σ coefs·vars ≤ upper.</summary>
    public void AddRow(IReadOnlyList<int> vars, IReadOnlyList<long> coefs, long lower, long upper) =>
        Rows.Add(new LinearRow(vars.ToArray(), coefs.ToArray(), lower, upper));

    /// <summary>Objective value of an assignment.</summary>
    public long Evaluate(long[] x)
    {
        long z = 0;
        for (var i = 0; i < x.Length; i++) z += _objective[i] * x[i];
        return z;
    }

    /// <summary>True when the assignment satisfies every row and bound (exact integer check).</summary>
    public bool IsFeasible(long[] x)
    {
        if (x.Length != VarCount) return false;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] < _bounds[i].Lower || x[i] > _bounds[i].Upper) return false;
            if (_sums[i] is { } s && !s.Contains(x[i])) return false;
        }

        foreach (var r in Rows)
        {
            Int128 sum = 0;
            for (var k = 0; k < r.Vars.Length; k++) sum += (Int128)r.Coefs[k] * x[r.Vars[k]];
            if (sum < r.Lower || sum > r.Upper) return false;
        }

        return true;
    }
}
