using System.Text.Json;
using System.Text.Json.Nodes;
using Restake.Numerics;
using YamlDotNet.RepresentationModel;

namespace Restake.Analysis.Security;

/// <summary>
/// Reads restaking networks in the conformance JSON format (or the same structure in YAML). Every problem becomes an
/// <see cref="InputException"/> naming the file, the element and the field.
/// </summary>
public static class NetworkLoader
{
    /// <summary>Loads a .json, .yaml or .yml file.</summary>
    public static SecurityCase LoadFile(string path)
    {
        if (!File.Exists(path)) throw InputException.At(path, null, null, "file not found");
        var text = File.ReadAllText(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext is ".yaml" or ".yml" ? ParseYaml(text, path) : ParseJson(text, path);
    }

    /// <summary>Parses JSON text; <paramref name="file"/> is used in messages.</summary>
    public static SecurityCase ParseJson(string text, string file)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw InputException.At(file, e.LineNumber is { } l ? $"line {l + 1}" : null, null, $"malformed JSON: {e.Message}");
        }

        return FromTree(root, file);
    }

    /// <summary>Parses YAML text with the JSON format's structure.</summary>
    public static SecurityCase ParseYaml(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw InputException.At(file, $"line {e.Start.Line}", null, $"malformed YAML: {e.Message}");
        }

        if (stream.Documents.Count == 0) throw InputException.At(file, null, null, "empty document");
        return FromTree(ToJson(stream.Documents[0].RootNode), file);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", ToJson(kv.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Value: null or "~" or "null" } => null,
        YamlScalarNode sc => JsonValue.Create(sc.Value),
        _ => null,
    };

    private static SecurityCase FromTree(JsonNode? root, string file)
    {
        if (root is not JsonObject obj) throw InputException.At(file, null, null, "expected an object at the top level");
        var modelText = OptionalString(obj, "model", file, null);
        var model = StakeModelNames.Parse(modelText)
                    ?? throw InputException.At(file, null, "model", $"unknown model '{modelText}' (expected pooled or unique-stake)");
        var name = OptionalString(obj, "name", file, null) ?? Path.GetFileNameWithoutExtension(file);
        var b = new RestakingNetworkBuilder(model, file);

        var validators = RequiredArray(obj, "validators", file, null);
        for (var i = 0; i < validators.Count; i++)
        {
            var where = $"validators[{i}]";
            var v = AsObject(validators[i], file, where);
            var id = RequiredString(v, "id", file, where);
            var named = $"{where} ('{id}')";
            b.AddValidator(id, RequiredRational(v, "stake", file, named), named);
        }

        var services = RequiredArray(obj, "services", file, null);
        for (var i = 0; i < services.Count; i++)
        {
            var where0 = $"services[{i}]";
            var s = AsObject(services[i], file, where0);
            var id = RequiredString(s, "id", file, where0);
            var where = $"{where0} ('{id}')";
            b.AddService(id, RequiredRational(s, "profit", file, where), RequiredRational(s, "threshold", file, where), where);
            if (model == StakeModel.Pooled)
            {
                var members = RequiredArray(s, "validators", file, where);
                for (var k = 0; k < members.Count; k++)
                    b.Connect(id, ScalarText(members[k], file, where, $"validators[{k}]"), null, where);
            }
            else
            {
                var allocations = RequiredArray(s, "allocations", file, where);
                for (var k = 0; k < allocations.Count; k++)
                {
                    var aw = $"{where}: allocations[{k}]";
                    var a = AsObject(allocations[k], file, aw);
                    b.Connect(id, RequiredString(a, "validator", file, aw), RequiredRational(a, "amount", file, aw), where);
                }
            }
        }

        var network = b.Build(name);
        var shocks = new List<ShockQuery>();
        if (obj["queries"] is JsonObject q && q["shocks"] is not null)
        {
            var arr = q["shocks"] as JsonArray ?? throw InputException.At(file, "queries", "shocks", "expected a list");
            for (var i = 0; i < arr.Count; i++) shocks.Add(ParseShock(ScalarText(arr[i], file, "queries", $"shocks[{i}]"), file, "queries", $"shocks[{i}]"));
        }

        return new SecurityCase(file, network, shocks, obj["expect"] is JsonObject e ? ParseExpect(e, file) : null);
    }

    /// <summary>Parses a shock size ψ ∈ [0, 1]; the message names <paramref name="file"/> and <paramref name="field"/>.</summary>
    public static ShockQuery ParseShock(string text, string file, string? where, string field)
    {
        if (!Rational.TryParse(text, out var value))
            throw InputException.At(file, where, field, $"'{text}' is not a number (use p/q, an integer or a decimal)");
        if (value.Sign < 0 || value > Rational.One) throw InputException.At(file, where, field, $"shock must be in [0, 1], got {text}");
        return new ShockQuery(text.Trim(), value);
    }

    private static SecurityExpectation ParseExpect(JsonObject e, string file)
    {
        bool? secure = null;
        if (e["secure"] is JsonNode sn)
        {
            var t = ScalarText(sn, file, "expect", "secure");
            secure = t switch { "true" => true, "false" => false, _ => throw InputException.At(file, "expect", "secure", $"expected true or false, got '{t}'") };
        }

        Rational? Opt(string key) => e[key] is JsonNode n ? ParseRational(ScalarText(n, file, "expect", key), file, "expect", key) : null;
        var losses = new List<(ShockQuery, Rational)>();
        if (e["worstLoss"] is JsonObject wl)
            foreach (var (k, v) in wl)
                losses.Add((ParseShock(k, file, "expect.worstLoss", k), ParseRational(ScalarText(v, file, "expect.worstLoss", k), file, "expect.worstLoss", k)));
        return new SecurityExpectation(secure, Opt("maxProfit"), Opt("gammaStar"), Opt("gammaCert"), losses);
    }

    private static JsonObject AsObject(JsonNode? node, string file, string where) =>
        node as JsonObject ?? throw InputException.At(file, where, null, "expected an object");

    private static JsonArray RequiredArray(JsonObject o, string key, string file, string? where) =>
        o[key] switch
        {
            JsonArray a => a,
            null => throw InputException.At(file, where, key, "missing"),
            _ => throw InputException.At(file, where, key, "expected a list"),
        };

    private static string RequiredString(JsonObject o, string key, string file, string? where) =>
        o[key] is JsonNode n ? ScalarText(n, file, where, key) : throw InputException.At(file, where, key, "missing");

    private static string? OptionalString(JsonObject o, string key, string file, string? where) =>
        o[key] is JsonNode n ? ScalarText(n, file, where, key) : null;

    private static Rational RequiredRational(JsonObject o, string key, string file, string where) =>
        ParseRational(RequiredString(o, key, file, where), file, where, key);

    private static Rational ParseRational(string text, string file, string? where, string field) =>
        Rational.TryParse(text, out var r) ? r : throw InputException.At(file, where, field, $"'{text}' is not a number (use p/q, an integer or a decimal)");

    private static string ScalarText(JsonNode? node, string file, string? where, string field)
    {
        if (node is JsonValue v)
        {
            return v.GetValueKind() switch
            {
                JsonValueKind.String => v.GetValue<string>(),
                JsonValueKind.Number => v.ToJsonString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => throw InputException.At(file, where, field, "expected a scalar"),
            };
        }

        throw InputException.At(file, where, field, node is null ? "missing" : "expected a scalar");
    }
}
