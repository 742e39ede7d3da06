using System.Text.Json;
using System.Text.Json.Nodes;
using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>JSON form of a <see cref="SecurityReport"/> with the conformance field names and exact rationals as strings.</summary>
public static class SecurityReportJson
{
    /// <summary>Indented JSON text.</summary>
    public static string Write(SecurityReport r)
    {
        var g = r.Network;
        JsonNode AttackNode(Attack a)
        {
            var c = AttackVerifier.Check(g, a);
            var o = new JsonObject
            {
                ["services"] = Ids(a.Services.Select(s => g.Services[s].Id)),
                ["validators"] = Ids(a.Coalition.Select(v => g.Validators[v].Id)),
                ["profit"] = c.Profit.ToString(),
                ["cost"] = c.Cost.ToString(),
            };
            if (g.Model == StakeModel.UniqueStake)
                o["allocations"] = new JsonArray(a.Slashed.Select(p => (JsonNode)new JsonObject { ["service"] = g.Services[p.Service].Id, ["validator"] = g.Validators[p.Validator].Id }).ToArray());
            return o;
        }

        var root = new JsonObject
        {
            ["network"] = g.Name,
            ["model"] = g.Model.Name(),
            ["validators"] = g.Validators.Count,
            ["services"] = g.Services.Count,
            ["edges"] = g.EdgeCount,
            ["totalStake"] = g.TotalStake.ToString(),
            ["secure"] = r.Secure is { } s ? JsonValue.Create(s) : null,
            ["verdict"] = r.Verdict,
            ["maxProfit"] = r.MaxProfit.MaxProfit.ToString(),
            ["maxProfitUpperBound"] = r.MaxProfit.UpperBound.ToString(),
            ["maxProfitProven"] = r.MaxProfit.Info.Proven,
            ["maxProfitSolver"] = Info(r.MaxProfit.Info),
            ["witness"] = r.MaxProfit.Witness.IsEmpty ? null : AttackNode(r.MaxProfit.Witness),
            ["gammaStar"] = r.GammaStar.GammaStar?.ToString() ?? (r.GammaStar.Info.Proven ? "infinity" : null),
            ["gammaStarLowerBound"] = r.GammaStar.LowerBound?.ToString(),
            ["gammaStarProven"] = r.GammaStar.Info.Proven,
            ["gammaStarWitness"] = r.GammaStar.Witness is { } w ? AttackNode(w) : null,
            ["gammaStarSolver"] = Info(r.GammaStar.Info),
        };
        if (r.Certificate is { } cert)
        {
            root["gammaCert"] = cert.GammaCert?.ToString() ?? "infinity";
            root["gammaCertBinding"] = cert.BindingValidator is { } bv ? g.Validators[bv].Id : null;
            root["orphanServices"] = Ids(cert.OrphanServices.Select(x => g.Services[x].Id));
        }
        else root["gammaCert"] = null;

        var losses = new JsonObject();
        var details = new JsonArray();
        foreach (var sr in r.Shocks)
        {
            var l = sr.Result;
            losses[l.Shock.Text] = l.Loss.ToString();
            details.Add(new JsonObject
            {
                ["shock"] = l.Shock.Text,
                ["loss"] = l.Loss.ToString(),
                ["lossUpperBound"] = l.UpperBound.ToString(),
                ["proven"] = l.Info.Proven,
                ["theorem1Bound"] = sr.Theorem1Bound.ToString(),
                ["shocked"] = Ids(l.ShockSet.Select(v => g.Validators[v].Id)),
                ["attack"] = l.Attack.IsEmpty ? null : AttackNode(l.Attack),
                ["solver"] = Info(l.Info),
            });
        }

        root["worstLoss"] = losses;
        root["worstLossDetails"] = details;
        root["serviceTable"] = new JsonArray(r.Services.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = g.Services[s.Service].Id,
            ["stake"] = s.Stake.ToString(),
            ["costOfCorruption"] = s.CostOfCorruption.ToString(),
            ["costExact"] = s.CostExact,
            ["profitFromCorruption"] = s.Profit.ToString(),
            ["costToProfit"] = s.CostToProfit?.ToString(),
            ["nakamoto"] = s.NakamotoCoefficient,
            ["hhi"] = s.Hhi?.ToString(),
        }).ToArray());
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonArray Ids(IEnumerable<string> ids) => new(ids.Select(i => (JsonNode)JsonValue.Create(i)).ToArray());

    private static JsonObject Info(SolveInfo i) => new()
    {
        ["method"] = i.Method,
        ["proven"] = i.Proven,
        ["seconds"] = Math.Round(i.Elapsed.TotalSeconds, 3),
        ["solves"] = i.Solves,
    };

    /// <summary>Decimal rendering for text output (6 digits).</summary>
    public static string Approx(Rational r) => r.ToDecimalString(6);
}
