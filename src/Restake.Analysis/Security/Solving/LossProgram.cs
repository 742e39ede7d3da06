using System.Numerics;
using Restake.Numerics;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// MILP-2: the largest realised loss σ_D + cost(attack) over shocks D with σ_D ≤ ψσ_V followed by one valid attack on
/// G↓D (Corollary 1: this is also the worst cascade). A switch z allows "shock only": with z = 0 nobody attacks.
/// </summary>
public sealed class LossProgram
{
    private readonly ScaledNetwork _n;
    private readonly int[] _d;
    private readonly int[] _y; // pooled: per validator
    private readonly Dictionary<(int S, int K), int> _e = [];
    private readonly Dictionary<int, int> _x = [];

    /// <summary>Builds the program for shock size <paramref name="psi"/> ∈ [0, 1].</summary>
    public LossProgram(ScaledNetwork n, Rational psi)
    {
        _n = n;
        var g = n.Network;
        var p = new BinaryProgram();
        var pooled = g.Model == StakeModel.Pooled;
        var nv = g.Validators.Count;
        _d = new int[nv];
        _y = new int[nv];
        for (var v = 0; v < nv; v++)
        {
            _d[v] = p.AddVar(n.Stake[v]);
            if (n.Stake[v] == 0) p.Fix(_d[v], false);
        }

        var z = p.AddVar();
        if (pooled)
        {
            for (var v = 0; v < nv; v++)
            {
                _y[v] = p.AddVar(n.Stake[v]);
                p.AddRow([_y[v], _d[v]], [1, 1], 0, 1);
                p.AddRow([_y[v], z], [1, -1], long.MinValue / 4, 0); // nobody attacks unless the attack is valid
            }
        }

        // Shock budget b·σ_D ≤ a·σ_V for ψ = a/b.
        var a = psi.Numerator;
        var b = psi.Denominator;
        p.AddRow(_d, n.Stake.Select(s => AttackProgram.Checked(b * s)).ToArray(), 0, AttackProgram.Checked(a * n.TotalStake));

        var profitVars = new List<int> { z };
        var profitCoefs = new List<long> { -1 };
        for (var s = 0; s < g.Services.Count; s++)
        {
            // Pooled: a service without profit adds nothing (any validator may join B anyway). Unique stake: attacking it
            // still slashes its allocations, so it can raise the loss while others' profit pays for it.
            if (n.Profit[s] == 0 && pooled) continue;
            var x = p.AddVar();
            _x[s] = x;
            p.AddRow([x, z], [1, -1], long.MinValue / 4, 0);
            profitVars.Add(x);
            profitCoefs.Add(n.Profit[s]);
            var edges = g.Services[s].Edges;
            var vars = new List<int>();
            var coefs = new List<long>();
            long total = 0;
            BigInteger q = n.ThresholdDen[s], pr = n.ThresholdNum[s];
            for (var k = 0; k < edges.Count; k++)
            {
                var w = n.Weight[s][k];
                if (w == 0) continue;
                var v = edges[k].Validator;
                total += w;
                int yv;
                if (pooled) yv = _y[v];
                else
                {
                    yv = p.AddVar(w);
                    _e[(s, k)] = yv;
                    p.AddRow([yv, _d[v]], [1, 1], 0, 1);
                    p.AddRow([yv, x], [1, -1], long.MinValue / 4, 0);
                    profitVars.Add(yv);
                    profitCoefs.Add(-w);
                }

                // q·Σ w·y + p·Σ w·d ≥ p·W·x linearises σ_{B∩N(s)} ≥ α_s σ_{N(s)∖D}.
                vars.Add(yv);
                coefs.Add(AttackProgram.Checked(q * w));
                vars.Add(_d[v]);
                coefs.Add(AttackProgram.Checked(pr * w));
            }

            vars.Add(x);
            coefs.Add(-AttackProgram.Checked(pr * total));
            p.AddRow(vars, coefs, 0, long.MaxValue / 4);
        }

        if (pooled)
            for (var v = 0; v < nv; v++)
            {
                profitVars.Add(_y[v]);
                profitCoefs.Add(-n.Stake[v]);
            }

        // π_A − cost ≥ z: strictly profitable (one unit) whenever anyone attacks.
        p.AddRow(profitVars, profitCoefs, 0, long.MaxValue / 4);
        Program = p;
    }

    /// <summary>The program.</summary>
    public BinaryProgram Program { get; }

    /// <summary>The shock set and attack an assignment encodes.</summary>
    public (int[] Shock, Attack Attack) Decode(long[] values)
    {
        var g = _n.Network;
        var shock = Enumerable.Range(0, _d.Length).Where(v => values[_d[v]] != 0).ToArray();
        var services = _x.Where(kv => values[kv.Value] != 0).Select(kv => kv.Key).ToArray();
        if (g.Model == StakeModel.Pooled)
            return (shock, Attack.Pooled(services, Enumerable.Range(0, _y.Length).Where(v => values[_y[v]] != 0)));
        return (shock, Attack.Unique(services, _e.Where(kv => values[kv.Value] != 0).Select(kv => (kv.Key.S, g.Services[kv.Key.S].Edges[kv.Key.K].Validator))));
    }
}
