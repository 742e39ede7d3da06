using System.Text.Json;
using System.Text.Json.Nodes;

namespace Restake.Sandbox.Defi;

/// <summary>
/// Reads and validates <c>defi-case/1</c> JSON files. Any malformed part is an <see cref="InputException"/> naming
/// the file, the case and the field.
/// </summary>
public static class DefiCaseLoader
{
    /// <summary>The only format this loader reads.</summary>
    public const string Format = "defi-case/1";

    /// <summary>Loads and validates one file.</summary>
    public static DefiCaseFile Load(string path)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path)) throw InputException.At(path, null, null, "file not found");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw InputException.At(path, null, null, $"cannot read: {e.Message}");
        }

        return Parse(text, file);
    }

    /// <summary>Validates the JSON <paramref name="text"/> of a file named <paramref name="file"/> (for messages).</summary>
    public static DefiCaseFile Parse(string text, string file)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}" : null;
            throw InputException.At(file, where, null, $"not valid JSON: {FirstSentence(e.Message)}");
        }

        if (root is not JsonObject top) throw InputException.At(file, null, null, "expected a JSON object at the top level");
        var format = RequireString(top, "format", file, null, "format");
        if (format != Format) throw InputException.At(file, null, "format", $"expected '{Format}', got '{format}'");
        var group = RequireString(top, "group", file, null, "group");
        if (top["cases"] is not JsonArray cases) throw InputException.At(file, null, "cases", "expected an array of cases");

        var result = new List<DefiCase>(cases.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < cases.Count; index++)
        {
            var testCase = ParseCase(cases[index], file, index);
            if (!names.Add(testCase.Name))
                throw InputException.At(file, $"cases[{index}]", "name", $"duplicate case name '{testCase.Name}'");
            result.Add(testCase);
        }

        return new DefiCaseFile(file, group, result);
    }

    private static DefiCase ParseCase(JsonNode? node, string file, int index)
    {
        var where = $"cases[{index}]";
        if (node is not JsonObject obj) throw InputException.At(file, where, null, "expected a case object");
        var name = RequireString(obj, "name", file, where, "name");
        where = $"case '{name}'";
        var engine = RequireString(obj, "engine", file, where, "engine");
        if (obj["source"] is { } source && source.GetValueKind() != JsonValueKind.String)
            throw InputException.At(file, where, "source", "expected a string");
        string? variant = null;
        if (obj["variant"] is { } variantNode) variant = AsString(variantNode, file, where, "variant");
        var integer = true;
        if (obj["integer"] is { } integerNode)
        {
            if (integerNode.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                throw InputException.At(file, where, "integer", "expected true or false");
            integer = integerNode.GetValue<bool>();
        }

        var state = RequireObject(obj, "state", file, where, "state");
        var call = RequireObject(obj, "call", file, where, "call");
        var op = RequireString(call, "op", file, where, "call.op");
        var args = call["args"] is null ? new JsonObject() : RequireObject(call, "args", file, where, "call.args");
        var expect = RequireObject(obj, "expect", file, where, "expect");
        if (expect.Count == 0) throw InputException.At(file, where, "expect", "expected at least one output field");
        foreach (var (field, value) in expect)
        {
            var text = AsString(value, file, where, $"expect.{field}");
            if (field == "revert" || !integer) continue;
            if (text.Length == 0 || text.Any(c => c is < '0' or > '9'))
                throw InputException.At(file, where, $"expect.{field}",
                    $"expected a decimal integer string (the case is integer), got '{text}'");
        }

        return new DefiCase(file, name, engine, variant, integer,
            (JsonObject)state.DeepClone(), op, (JsonObject)args.DeepClone(), (JsonObject)expect.DeepClone());
    }

    private static string RequireString(JsonObject obj, string key, string file, string? where, string field)
    {
        if (obj[key] is not { } node) throw InputException.At(file, where, field, "missing");
        var text = AsString(node, file, where, field);
        if (text.Length == 0) throw InputException.At(file, where, field, "must not be empty");
        return text;
    }

    private static JsonObject RequireObject(JsonObject obj, string key, string file, string? where, string field) =>
        obj[key] switch
        {
            null => throw InputException.At(file, where, field, "missing"),
            JsonObject o => o,
            _ => throw InputException.At(file, where, field, "expected an object"),
        };

    private static string AsString(JsonNode? node, string file, string? where, string field) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw InputException.At(file, where, field, $"expected a string, got {Describe(node)}");

    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => $"the number {v.ToJsonString()} (integers are written as strings)",
        JsonValue v => v.ToJsonString(),
        JsonArray => "an array",
        _ => "an object",
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
