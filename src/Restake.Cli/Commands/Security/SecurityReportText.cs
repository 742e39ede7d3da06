using Restake.Analysis.Security;
using Restake.Numerics;

namespace Restake.Cli.Commands.Security;

/// <summary>Plain-text rendering of a security report (exact rationals with a decimal alongside).</summary>
internal static class SecurityReportText
{
    private static string X(Rational r) => r.Denominator.IsOne ? r.ToString() : $"{r} (≈{r.ToDecimalString(6)})";

    private static string Proof(SolveInfo i) => $"[{i.Method}, {(i.Proven ? "proven" : "NOT proven")}, {i.Elapsed.TotalSeconds:0.###} s]";

    private static string Short(Attack a, RestakingNetwork g)
    {
        var text = a.Describe(g);
        return text.Length <= 240 ? text : $"{text[..240]}… ({a.Services.Count} services, {a.Coalition.Count} validators; --json lists all)";
    }

    public static void Write(SecurityReport r, TextWriter o)
    {
        var g = r.Network;
        o.WriteLine($"network {g.Name}: {g.Validators.Count} validators, {g.Services.Count} services, {g.EdgeCount} edges, total stake {X(g.TotalStake)}");
        o.WriteLine($"stake model: {g.Model.Name()} (every figure below is under this model)");
        o.WriteLine($"verdict: {r.Verdict}");
        var mp = r.MaxProfit;
        o.WriteLine($"maxProfit: {X(mp.MaxProfit)}{(mp.Info.Proven ? "" : $"  upper bound {X(mp.UpperBound)}, gap {X(mp.Gap)}")} {Proof(mp.Info)}");
        if (!mp.Witness.IsEmpty)
        {
            var c = AttackVerifier.Check(g, mp.Witness);
            o.WriteLine($"witness attack: {Short(mp.Witness, g)}  profit {X(c.Profit)}, cost {X(c.Cost)}");
        }

        var gs = r.GammaStar;
        var gsText = gs.GammaStar is { } v ? X(v) : "infinity (no service has profit)";
        o.WriteLine($"gammaStar: {gsText}{(gs.Info.Proven ? "" : $"  proven lower bound {(gs.LowerBound is { } lb ? X(lb) : "none")}")} {Proof(gs.Info)}");
        if (gs.Witness is { } w) o.WriteLine($"  attained by {Short(w, g)}");
        if (r.Certificate is { } cert)
        {
            var binding = cert.BindingValidator is { } b ? $" (binding validator {g.Validators[b].Id})" : "";
            o.WriteLine($"gammaCert: {(cert.GammaCert is { } gc ? X(gc) : "infinity")}{binding}");
            if (cert.OrphanServices.Count > 0)
                o.WriteLine($"orphan services (free attacks): {string.Join(", ", cert.OrphanServices.Select(s => g.Services[s].Id))}");
        }
        else o.WriteLine("gammaCert: not defined in the unique-stake model");

        foreach (var s in r.Shocks)
        {
            var l = s.Result;
            var attack = l.Attack.IsEmpty ? "no attack" : Short(l.Attack, g);
            o.WriteLine($"worstLoss[{l.Shock.Text}]: {X(l.Loss)}{(l.Info.Proven ? "" : $"  upper bound {X(l.UpperBound)}")}  shock {{{string.Join(",", l.ShockSet.Select(v => g.Validators[v].Id))}}} then {attack}; Theorem 1 bound {X(s.Theorem1Bound)} {Proof(l.Info)}");
        }

        o.WriteLine();
        o.WriteLine($"{"service",-14} {"stake",14} {"CoC",14} {"PfC",14} {"CoC/PfC",10} {"Nakamoto",8} {"HHI",8}");
        foreach (var s in r.Services)
        {
            o.WriteLine($"{g.Services[s.Service].Id,-14} {D(s.Stake),14} {D(s.CostOfCorruption) + (s.CostExact ? "" : "*"),14} {D(s.Profit),14} {(s.CostToProfit is { } q ? q.ToDecimalString(4) : "-"),10} {s.NakamotoCoefficient,8} {(s.Hhi is { } h ? h.ToDecimalString(4) : "-"),8}");
        }

        if (r.Services.Any(s => !s.CostExact)) o.WriteLine("* best cover found; not proven minimal");
    }

    private static string D(Rational r) => r.Denominator.IsOne ? r.ToString() : r.ToDecimalString(4);
}
