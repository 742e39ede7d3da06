using System.Numerics;

namespace Restake.Analysis.Security.Solving;

/// <summary>What an attack program optimises.</summary>
public enum AttackObjective
{
    /// <summary>MILP-1: maximise π_A − cost.</summary>
    MaxProfit,

    /// <summary>Dinkelbach step: maximise λ_num·π_A − λ_den·cost subject to π_A &gt; 0.</summary>
    Ratio,

    /// <summary>Cascade policy: minimise cost over valid attacks (π_A − cost ≥ one unit).</summary>
    MinCost,
}

/// <summary>
/// Builds MILP-1 and its variants on G↓removed with some services excluded, in either stake model, and maps an
/// assignment back to an <see cref="Attack"/>. Presolve: services with π_s = 0 are never attacked (they add cost and no
/// profit), validators outside every candidate service are left out, removed validators are fixed out.
/// </summary>
public sealed class AttackProgram
{
    private readonly ScaledNetwork _n;
    private readonly Dictionary<int, int> _xOf = [];
    private readonly Dictionary<int, int> _yOf = []; // pooled: validator → var
    private readonly Dictionary<(int S, int K), int> _eOf = []; // unique: (service, edge index) → var

    /// <summary>Builds the program.</summary>
    public AttackProgram(ScaledNetwork n, AttackObjective objective, IReadOnlySet<int>? removed = null, IReadOnlySet<int>? excludedServices = null,
        (long Num, long Den)? ratio = null, bool onlyNeighbours = false)
    {
        _n = n;
        removed ??= new HashSet<int>();
        excludedServices ??= new HashSet<int>();
        var g = n.Network;
        var p = new BinaryProgram();
        var pooled = g.Model == StakeModel.Pooled;
        var (lamNum, lamDen) = ratio ?? (1, 1);
        long ProfitCoef(long pi) => objective switch
        {
            AttackObjective.MaxProfit => pi,
            AttackObjective.Ratio => Checked((BigInteger)pi * lamNum),
            _ => 0,
        };
        long CostCoef(long c) => objective switch
        {
            AttackObjective.MaxProfit => -c,
            AttackObjective.Ratio => -Checked((BigInteger)c * lamDen),
            _ => -c,
        };

        for (var s = 0; s < g.Services.Count; s++)
            if (n.Profit[s] > 0 && !excludedServices.Contains(s))
                _xOf[s] = p.AddVar(ProfitCoef(n.Profit[s]));

        var costVars = new List<int>();
        var costCoefs = new List<long>();
        foreach (var (s, x) in _xOf)
        {
            var edges = g.Services[s].Edges;
            long present = 0;
            var vars = new List<int>();
            var coefs = new List<long>();
            for (var k = 0; k < edges.Count; k++)
            {
                var v = edges[k].Validator;
                if (removed.Contains(v) || n.Weight[s][k] == 0) continue;
                present += n.Weight[s][k];
                int var;
                if (pooled)
                {
                    if (!_yOf.TryGetValue(v, out var))
                    {
                        var = p.AddVar(CostCoef(n.Stake[v]));
                        _yOf[v] = var;
                        costVars.Add(var);
                        costCoefs.Add(n.Stake[v]);
                    }
                }
                else
                {
                    var = p.AddVar(CostCoef(n.Weight[s][k]));
                    _eOf[(s, k)] = var;
                    costVars.Add(var);
                    costCoefs.Add(n.Weight[s][k]);
                    p.AddRow([var, x], [1, -1], long.MinValue / 4, 0); // an allocation is slashed only if s is attacked
                }

                vars.Add(var);
                coefs.Add(Checked((BigInteger)n.ThresholdDen[s] * n.Weight[s][k]));
            }

            // q·Σ w·y ≥ p·W'·x: the attackers hold α_s of what still secures s (W' = 0 ⇒ free).
            vars.Add(x);
            coefs.Add(-Checked((BigInteger)n.ThresholdNum[s] * present));
            p.AddRow(vars, coefs, 0, long.MaxValue / 4);
        }

        if (pooled && onlyNeighbours)
        {
            foreach (var (v, y) in _yOf)
            {
                var xs = g.ServicesOf(v).Where(_xOf.ContainsKey).Select(s => _xOf[s]).ToList();
                p.AddRow([y, .. xs], [1, .. xs.Select(_ => -1L)], long.MinValue / 4, 0);
            }
        }

        var profitVars = _xOf.Values.ToArray();
        var profitCoefs = _xOf.Keys.Select(s => n.Profit[s]).ToArray();
        if (objective == AttackObjective.Ratio) p.AddRow(profitVars, profitCoefs, 1, long.MaxValue / 4);
        if (objective == AttackObjective.MinCost)
            p.AddRow([.. profitVars, .. costVars], [.. profitCoefs, .. costCoefs.Select(c => -c)], 1, long.MaxValue / 4);
        Program = p;
    }

    /// <summary>The program.</summary>
    public BinaryProgram Program { get; }

    /// <summary>True when no service can be attacked at all (nothing to solve).</summary>
    public bool IsEmpty => _xOf.Count == 0;

    /// <summary>The attack an assignment encodes.</summary>
    public Attack Decode(bool[] values)
    {
        var services = _xOf.Where(kv => values[kv.Value]).Select(kv => kv.Key).ToArray();
        if (_n.Network.Model == StakeModel.Pooled)
            return Attack.Pooled(services, _yOf.Where(kv => values[kv.Value]).Select(kv => kv.Key));
        var g = _n.Network;
        return Attack.Unique(services, _eOf.Where(kv => values[kv.Value]).Select(kv => (kv.Key.S, g.Services[kv.Key.S].Edges[kv.Key.K].Validator)));
    }

    /// <summary>An assignment encoding <paramref name="attack"/> (for hints); variables it does not mention are 0.</summary>
    public bool[] Encode(Attack attack)
    {
        var x = new bool[Program.VarCount];
        foreach (var s in attack.Services)
            if (_xOf.TryGetValue(s, out var i)) x[i] = true;
        if (_n.Network.Model == StakeModel.Pooled)
        {
            foreach (var v in attack.Coalition)
                if (_yOf.TryGetValue(v, out var i)) x[i] = true;
        }
        else
        {
            var g = _n.Network;
            foreach (var (s, v) in attack.Slashed)
            {
                var k = g.Services[s].Edges.ToList().FindIndex(e => e.Validator == v);
                if (k >= 0 && _eOf.TryGetValue((s, k), out var i)) x[i] = true;
            }
        }

        return x;
    }

    /// <summary>Forbids exactly this assignment (no-good cut) so the next solve returns a different attack.</summary>
    public void ForbidAssignment(bool[] values)
    {
        var vars = Enumerable.Range(0, values.Length).ToArray();
        var coefs = values.Select(b => b ? -1L : 1L).ToArray();
        var ones = values.Count(b => b);
        Program.AddRow(vars, coefs, 1 - ones, long.MaxValue / 4);
    }

    internal static long Checked(BigInteger v) =>
        BigInteger.Abs(v) <= ScaledNetwork.MaxTotal * 1024L
            ? (long)v
            : throw new NotSupportedException($"coefficient {v} is too large for exact 64-bit solving");
}
