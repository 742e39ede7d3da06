using System.Text.Json;
using System.Text.Json.Nodes;

namespace Restake.Analysis.Security;

/// <summary>Writes a network in the conformance JSON format (exact rationals as strings).</summary>
public static class NetworkWriter
{
    /// <summary>The JSON text of <paramref name="g"/>, optionally with shock queries.</summary>
    public static string ToJson(RestakingNetwork g, IEnumerable<string>? shocks = null)
    {
        var root = new JsonObject
        {
            ["name"] = g.Name,
            ["model"] = g.Model.Name(),
            ["source"] = "restake security generate",
            ["validators"] = new JsonArray(g.Validators.Select(v => (JsonNode)new JsonObject { ["id"] = v.Id, ["stake"] = v.Stake.ToString() }).ToArray()),
            ["services"] = new JsonArray(g.Services.Select(s =>
            {
                var o = new JsonObject { ["id"] = s.Id, ["profit"] = s.Profit.ToString(), ["threshold"] = s.Threshold.ToString() };
                if (g.Model == StakeModel.Pooled) o["validators"] = new JsonArray(s.Edges.Select(e => (JsonNode)JsonValue.Create(g.Validators[e.Validator].Id)).ToArray());
                else
                    o["allocations"] = new JsonArray(s.Edges.Select(e => (JsonNode)new JsonObject
                        { ["validator"] = g.Validators[e.Validator].Id, ["amount"] = e.Weight.ToString() }).ToArray());
                return (JsonNode)o;
            }).ToArray()),
        };
        if (shocks is not null) root["queries"] = new JsonObject { ["shocks"] = new JsonArray(shocks.Select(x => (JsonNode)JsonValue.Create(x)).ToArray()) };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
