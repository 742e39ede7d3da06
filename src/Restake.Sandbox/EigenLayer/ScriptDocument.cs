using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Restake.Sandbox.EigenLayer;

/// <summary>
/// Reads a script file into a JSON document tree. JSON and YAML share one structure; YAML scalars are kept as text
/// (numbers compare by their decimal text), except unquoted <c>null</c>/<c>~</c>, <c>true</c> and <c>false</c>.
/// </summary>
public static class ScriptDocument
{
    /// <summary>Reads <paramref name="path"/> (<c>.json</c>, <c>.yaml</c> or <c>.yml</c>).</summary>
    public static JsonNode Load(string path)
    {
        if (!File.Exists(path)) throw InputException.At(path, null, null, "file not found");
        var text = File.ReadAllText(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return Parse(text, path, ext is ".yaml" or ".yml" ? ScriptFormat.Yaml : ScriptFormat.Json);
    }

    /// <summary>Parses script text; <paramref name="file"/> names the source in error messages.</summary>
    public static JsonNode Parse(string text, string file, ScriptFormat format)
    {
        if (format == ScriptFormat.Json)
        {
            try
            {
                return JsonNode.Parse(text) ?? throw InputException.At(file, null, null, "the document is empty (null)");
            }
            catch (JsonException e)
            {
                throw InputException.At(file, e.LineNumber is { } l ? $"line {l + 1}" : null, null, $"malformed JSON: {e.Message}");
            }
        }

        try
        {
            var yaml = new YamlStream();
            using var reader = new StringReader(text);
            yaml.Load(reader);
            if (yaml.Documents.Count == 0) throw InputException.At(file, null, null, "the document is empty");
            return Convert(yaml.Documents[0].RootNode) ?? throw InputException.At(file, null, null, "the document is empty (null)");
        }
        catch (YamlException e)
        {
            throw InputException.At(file, $"line {e.Start.Line}", null, $"malformed YAML: {e.Message}");
        }
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => ConvertMap(map),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => throw new InvalidOperationException("unsupported YAML node"),
    };

    private static JsonObject ConvertMap(YamlMappingNode map)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            obj[name] = Convert(value);
        }

        return obj;
    }

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.Plain)
        {
            switch (value)
            {
                case "" or "~" or "null" or "Null" or "NULL": return null;
                case "true" or "True" or "TRUE": return JsonValue.Create(true);
                case "false" or "False" or "FALSE": return JsonValue.Create(false);
            }
        }

        return JsonValue.Create(value);
    }
}

/// <summary>Script text formats.</summary>
public enum ScriptFormat
{
    /// <summary>JSON.</summary>
    Json,

    /// <summary>YAML with the same structure.</summary>
    Yaml,
}
