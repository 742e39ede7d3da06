using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Restake.Scenarios.Tests.Schema;

/// <summary>
/// A small JSON Schema checker over YAML nodes, covering the keywords docs/scenario.schema.json uses ($ref, oneOf,
/// const, enum, type, properties, additionalProperties, required, items, min/maxItems, minLength, minimum, maximum,
/// exclusiveMinimum). Returns the problems found; empty means valid.
/// </summary>
internal sealed class SchemaChecker(JsonElement root)
{
    public List<string> Check(YamlNode node) => Check(root, node, "");

    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var target = root;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/')) target = target.GetProperty(part);
            schema = target;
        }

        return schema;
    }

    private List<string> Check(JsonElement schema, YamlNode node, string path)
    {
        schema = Resolve(schema);
        var problems = new List<string>();
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matching = oneOf.EnumerateArray().Count(branch => Check(branch, node, path).Count == 0);
            if (matching != 1) problems.Add($"{path}: {matching} oneOf branches match");
            return problems;
        }

        if (schema.TryGetProperty("const", out var constant) && Text(node) != constant.GetString())
            problems.Add($"{path}: expected {constant.GetString()}");
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => o.GetString() == Text(node)))
            problems.Add($"{path}: not in enum");
        if (schema.TryGetProperty("type", out var type)) CheckType(type.GetString()!, node, path, problems);
        if (node is YamlScalarNode && Number(node) is { } x)
        {
            if (schema.TryGetProperty("minimum", out var min) && x < min.GetDouble()) problems.Add($"{path}: below minimum");
            if (schema.TryGetProperty("maximum", out var max) && x > max.GetDouble()) problems.Add($"{path}: above maximum");
            if (schema.TryGetProperty("exclusiveMinimum", out var emin) && x <= emin.GetDouble()) problems.Add($"{path}: not above exclusiveMinimum");
        }

        if (node is YamlMappingNode mapping) CheckObject(schema, mapping, path, problems);
        if (node is YamlSequenceNode sequence)
        {
            if (schema.TryGetProperty("minItems", out var minItems) && sequence.Children.Count < minItems.GetInt32()) problems.Add($"{path}: too few items");
            if (schema.TryGetProperty("maxItems", out var maxItems) && sequence.Children.Count > maxItems.GetInt32()) problems.Add($"{path}: too many items");
            if (schema.TryGetProperty("items", out var items))
                for (var i = 0; i < sequence.Children.Count; i++) problems.AddRange(Check(items, sequence.Children[i], $"{path}[{i}]"));
        }

        return problems;
    }

    private void CheckObject(JsonElement schema, YamlMappingNode mapping, string path, List<string> problems)
    {
        var keys = mapping.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
        if (schema.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                if (!keys.Contains(name)) problems.Add($"{Join(path, name)}: required");
        schema.TryGetProperty("properties", out var properties);
        foreach (var (key, value) in mapping.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var property))
                problems.AddRange(Check(property, value, Join(path, name)));
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False) problems.Add($"{Join(path, name)}: not allowed");
                else if (additional.ValueKind == JsonValueKind.Object) problems.AddRange(Check(additional, value, Join(path, name)));
            }
        }
    }

    private static void CheckType(string type, YamlNode node, string path, List<string> problems)
    {
        var ok = type switch
        {
            "object" => node is YamlMappingNode,
            "array" => node is YamlSequenceNode,
            "string" => node is YamlScalarNode,
            "number" => Number(node) is not null,
            "integer" => node is YamlScalarNode { Style: ScalarStyle.Plain } s && ulong.TryParse(s.Value, CultureInfo.InvariantCulture, out _),
            _ => throw new NotSupportedException(type),
        };
        if (!ok) problems.Add($"{path}: expected {type}");
    }

    private static double? Number(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } s
        && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : null;

    private static string? Text(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
