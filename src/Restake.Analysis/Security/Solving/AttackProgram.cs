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
/// profit), validators outside every candidate service are left out, removed validators are fixed out. Pooled (unless
/// <c>onlyNeighbours</c>): services whose exact cover costs at least all candidates' profit are dropped for valid-attack
/// objectives, validators with the same candidate services merge into one subset-sum item (<see cref="ValidatorGroups"/>),
/// and each service gets its exact cover cost as a cut; with <c>splitStake</c> each item's stake reaches a service through
/// its own bounded variable (same 0/1 points, a tighter relaxation for LP guidance).
/// </summary>
public sealed class AttackProgram
{
    private readonly ScaledNetwork _n;
    private readonly Dictionary<int, int> _xOf = [];
    private readonly Dictionary<int, int> _yOf = []; // pooled: validator → var
    private readonly Dictionary<(int S, int K), int> _eOf = []; // unique: (service, edge index) → var
    private readonly Dictionary<int, ValidatorGroup> _groupOf = []; // pooled, merged: var → validators it stands for
    private readonly List<(int Z, int T, int X, long Weight, long Cap)> _zOf = []; // split stake: z ≤ weight·t, z ≤ cap·x

    /// <summary>Builds the program.</summary>
    public AttackProgram(ScaledNetwork n, AttackObjective objective, IReadOnlySet<int>? removed = null, IReadOnlySet<int>? excludedServices = null,
        (long Num, long Den)? ratio = null, bool onlyNeighbours = false, bool splitStake = false)
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

        var candidates = Enumerable.Range(0, g.Services.Count).Where(s => n.Profit[s] > 0 && !excludedServices.Contains(s)).ToList();
        List<long> costCoefs;
        List<int> costVars;
        if (pooled && !onlyNeighbours)
        {
            var present = candidates.ToDictionary(s => s, s => PresentWeights(s, removed));
            var cover = candidates.ToDictionary(s => s, s => CoverLowerBound(s, present[s]));
            if (objective != AttackObjective.Ratio) candidates = ProfitableCandidates(candidates, cover);
            foreach (var s in candidates) _xOf[s] = p.AddVar(ProfitCoef(n.Profit[s]));
            (costVars, costCoefs) = AddGroups(p, present, cover, CostCoef, splitStake);
        }
        else
        {
            foreach (var s in candidates) _xOf[s] = p.AddVar(ProfitCoef(n.Profit[s]));
            (costVars, costCoefs) = AddEdges(p, removed, CostCoef, pooled);
            if (pooled && onlyNeighbours)
            {
                foreach (var (v, y) in _yOf)
                {
                    var xs = g.ServicesOf(v).Where(_xOf.ContainsKey).Select(s => _xOf[s]).ToList();
                    p.AddRow([y, .. xs], [1, .. xs.Select(_ => -1L)], long.MinValue / 4, 0);
                }
            }
        }

        var profitVars = _xOf.Values.ToArray();
        var profitCoefs = _xOf.Keys.Select(s => n.Profit[s]).ToArray();
        if (objective == AttackObjective.Ratio) p.AddRow(profitVars, profitCoefs, 1, long.MaxValue / 4);
        if (objective == AttackObjective.MinCost)
            p.AddRow([.. profitVars, .. costVars], [.. profitCoefs, .. costCoefs.Select(c => -c)], 1, long.MaxValue / 4);
        Program = p;
    }

    /// <summary>Per edge of s: its weight, or 0 when the validator is removed (parallel to the edges).</summary>
    private long[] PresentWeights(int s, IReadOnlySet<int> removed)
    {
        var edges = _n.Network.Services[s].Edges;
        return Enumerable.Range(0, edges.Count).Select(k => removed.Contains(edges[k].Validator) ? 0 : _n.Weight[s][k]).ToArray();
    }

    /// <summary>A proven lower bound on the cheapest coalition reaching α_s of what still secures s (0 if nothing does).</summary>
    private long CoverLowerBound(int s, long[] present)
    {
        var total = present.Sum();
        // ⌈p·W/q⌉: the weight a corrupting coalition must hold.
        var target = (long)(((System.Numerics.BigInteger)_n.ThresholdNum[s] * total + _n.ThresholdDen[s] - 1) / _n.ThresholdDen[s]);
        if (target <= 0) return 0;
        return (long)MinCover.Solve(present.Select(w => (BigInteger)w).ToArray(), target, nodeLimit: 50_000, dpWordBudget: 20_000_000).LowerBound;
    }

    /// <summary>
    /// Services that can be part of a profitable attack: one whose cheapest cover already costs at least the profit of
    /// all remaining candidates together can only belong to attacks with π_A ≤ cost, never better than attacking nothing.
    /// </summary>
    private List<int> ProfitableCandidates(List<int> candidates, Dictionary<int, long> cover)
    {
        var kept = candidates.ToList();
        while (true)
        {
            var total = kept.Sum(s => _n.Profit[s]);
            var next = kept.Where(s => cover[s] < total).ToList();
            if (next.Count == kept.Count) return kept;
            kept = next;
        }
    }

    /// <summary>Pooled: one item per group of validators with the same candidate services, plus the threshold and cover rows.</summary>
    private (List<int>, List<long>) AddGroups(BinaryProgram p, Dictionary<int, long[]> present, Dictionary<int, long> cover,
        Func<long, long> costCoef, bool splitStake)
    {
        var g = _n.Network;
        var servicesOf = new Dictionary<int, List<int>>();
        foreach (var s in _xOf.Keys.Order())
        {
            var edges = g.Services[s].Edges;
            for (var k = 0; k < edges.Count; k++)
            {
                if (present[s][k] == 0) continue;
                if (!servicesOf.TryGetValue(edges[k].Validator, out var list)) servicesOf[edges[k].Validator] = list = [];
                list.Add(s);
            }
        }

        var groups = new ValidatorGroups(servicesOf.Select(kv => (kv.Key, _n.Stake[kv.Key], kv.Value.ToArray())));
        var costVars = new List<int>();
        var costCoefs = new List<long>();
        var terms = _xOf.Keys.ToDictionary(s => s, _ => new List<(int Var, long Coef, long Max)>());
        foreach (var group in groups.Groups)
        {
            var stake = group.Sums is null ? group.SingleStake : 1; // a merged item's value is already in stake units
            var v = group.Sums is null ? p.AddVar(costCoef(group.SingleStake)) : p.AddSumVar(group.Sums, costCoef(1));
            _groupOf[v] = group;
            costVars.Add(v);
            costCoefs.Add(stake);
            foreach (var s in group.Services) terms[s].Add((v, stake, group.Sums?.Total ?? group.SingleStake));
        }

        foreach (var (s, x) in _xOf)
        {
            // Σ w·t ≥ ⌈α_s·W'⌉·x: the attackers hold α_s of what still secures s (W' = 0 ⇒ free); and Σ w·t ≥ c_s·x with
            // c_s the exact single-service cover (stake comes in lumps).
            var need = (long)(((BigInteger)_n.ThresholdNum[s] * present[s].Sum() + _n.ThresholdDen[s] - 1) / _n.ThresholdDen[s]);
            if (need <= 0) continue;
            var rhs = cover[s] > need ? new[] { need, cover[s] } : [need];
            if (splitStake)
            {
                var counted = SplitTerms(p, terms[s], x, rhs[^1]);
                foreach (var r in rhs)
                    p.AddRow([.. counted.Select(t => t.Var), x], [.. counted.Select(t => t.Coef), -r], 0, long.MaxValue / 4);
                continue;
            }

            // A single validator's weight is capped at the right-hand side: that changes no 0/1 point, and the relaxation
            // can no longer cover several services with a sliver of one large validator. (A merged item has coefficient 1
            // and ranges over its subset sums: nothing to cap.)
            foreach (var r in rhs)
                p.AddRow([.. terms[s].Select(t => t.Var), x], [.. terms[s].Select(t => t.Max == t.Coef ? Math.Min(t.Coef, r) : t.Coef), -r], 0, long.MaxValue / 4);
        }

        return (costVars, costCoefs);
    }

    /// <summary>
    /// Splits each term coef·t of a service's rows into z ≤ coef·t, z ≤ cap·x (z = coef·t·x on 0/1 points, capped at the
    /// largest right-hand side): the relaxation can then neither count stake towards a service it attacks only in part
    /// nor cover several services with a sliver of one large validator. Returns the z terms.
    /// </summary>
    private List<(int Var, long Coef)> SplitTerms(BinaryProgram p, List<(int Var, long Coef, long Max)> terms, int x, long top)
    {
        var result = new List<(int, long)>();
        foreach (var (t, coef, max) in terms)
        {
            var cap = Math.Min(max, top);
            var z = p.AddIntVar(cap);
            _zOf.Add((z, t, x, coef, cap));
            p.AddRow([z, t], [1, -Math.Min(coef, cap)], long.MinValue / 4, 0);
            p.AddRow([z, x], [1, -cap], long.MinValue / 4, 0);
            result.Add((z, 1));
        }

        return result;
    }

    /// <summary>One variable per validator (pooled) or per allocation (unique stake), with the threshold rows.</summary>
    private (List<int>, List<long>) AddEdges(BinaryProgram p, IReadOnlySet<int> removed, Func<long, long> costCoef, bool pooled)
    {
        var n = _n;
        var g = n.Network;
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
                        var = p.AddVar(costCoef(n.Stake[v]));
                        _yOf[v] = var;
                        costVars.Add(var);
                        costCoefs.Add(n.Stake[v]);
                    }
                }
                else
                {
                    var = p.AddVar(costCoef(n.Weight[s][k]));
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

        return (costVars, costCoefs);
    }

    /// <summary>The program.</summary>
    public BinaryProgram Program { get; }

    /// <summary>The services the program may attack (after presolve).</summary>
    public IReadOnlyCollection<int> Services => _xOf.Keys;

    /// <summary>Per service the program may attack, its 0/1 variable.</summary>
    public IReadOnlyDictionary<int, int> ServiceVariables => _xOf;

    /// <summary>True when no service can be attacked at all (nothing to solve).</summary>
    public bool IsEmpty => _xOf.Count == 0;

    /// <summary>The attack an assignment encodes.</summary>
    public Attack Decode(long[] values)
    {
        var services = _xOf.Where(kv => values[kv.Value] != 0).Select(kv => kv.Key).ToArray();
        if (_n.Network.Model == StakeModel.Pooled)
        {
            var coalition = _yOf.Where(kv => values[kv.Value] != 0).Select(kv => kv.Key)
                .Concat(_groupOf.SelectMany(kv => kv.Value.Chosen(values[kv.Key])));
            return Attack.Pooled(services, coalition);
        }

        var g = _n.Network;
        return Attack.Unique(services, _eOf.Where(kv => values[kv.Value] != 0).Select(kv => (kv.Key.S, g.Services[kv.Key.S].Edges[kv.Key.K].Validator)));
    }

    /// <summary>An assignment encoding <paramref name="attack"/> (for hints); variables it does not mention are 0.</summary>
    public long[] Encode(Attack attack)
    {
        var x = new long[Program.VarCount];
        foreach (var s in attack.Services)
            if (_xOf.TryGetValue(s, out var i)) x[i] = 1;
        if (_n.Network.Model == StakeModel.Pooled)
        {
            var coalition = attack.Coalition.ToHashSet();
            foreach (var v in coalition)
                if (_yOf.TryGetValue(v, out var i)) x[i] = 1;
            foreach (var (i, group) in _groupOf) x[i] = group.ValueOf(coalition);
            foreach (var (z, t, xs, w, cap) in _zOf) x[z] = x[xs] * Math.Min(cap, w * x[t]);
        }
        else
        {
            var g = _n.Network;
            foreach (var (s, v) in attack.Slashed)
            {
                var k = g.Services[s].Edges.ToList().FindIndex(e => e.Validator == v);
                if (k >= 0 && _eOf.TryGetValue((s, k), out var i)) x[i] = 1;
            }
        }

        return x;
    }

    /// <summary>A copy of the program with exactly <paramref name="services"/> attacked (the others fixed out).</summary>
    public BinaryProgram WithServices(IEnumerable<int> services)
    {
        var chosen = services.ToHashSet();
        var copy = Program.Clone();
        foreach (var (s, x) in _xOf) copy.Fix(x, chosen.Contains(s));
        return copy;
    }

    /// <summary>Forbids exactly this 0/1 assignment (no-good cut) so the next solve returns a different attack.</summary>
    public void ForbidAssignment(long[] values)
    {
        if (!Program.AllBinary) throw new InvalidOperationException("no-good cuts need a 0/1 program (build it with onlyNeighbours)");
        var vars = Enumerable.Range(0, values.Length).ToArray();
        var coefs = values.Select(b => b != 0 ? -1L : 1L).ToArray();
        var ones = values.Count(b => b != 0);
        Program.AddRow(vars, coefs, 1 - ones, long.MaxValue / 4);
    }

    internal static long Checked(BigInteger v) =>
        BigInteger.Abs(v) <= ScaledNetwork.MaxTotal * 1024L
            ? (long)v
            : throw new NotSupportedException($"coefficient {v} is too large for exact 64-bit solving");
}
