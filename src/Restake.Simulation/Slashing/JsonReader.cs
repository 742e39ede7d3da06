using System.Globalization;
using System.Text.Json;

namespace Restake.Simulation.Slashing;

/// <summary>
/// Typed, strict reading of a JSON document: every failure is an <see cref="InputException"/> naming the file and the
/// field path (<c>avss[3].slashFraction</c>); unknown fields are errors so that typos never pass silently.
/// </summary>
internal sealed class JsonReader(string file)
{
    public InputException Error(string field, string problem) => InputException.At(file, null, field, problem);

    /// <summary>The object at <paramref name="field"/>; with no <paramref name="known"/> names its keys are free.</summary>
    public JsonElement Object(JsonElement parent, string field, string path, params string[] known)
    {
        var value = Required(parent, field, path);
        var at = Join(path, field);
        if (value.ValueKind != JsonValueKind.Object) throw Error(at, $"expected an object, got {Describe(value)}");
        if (known.Length > 0) RejectUnknown(value, at, known);
        return value;
    }

    public void RejectUnknown(JsonElement obj, string path, params string[] known)
    {
        foreach (var property in obj.EnumerateObject())
            if (!known.Contains(property.Name, StringComparer.Ordinal))
                throw Error(Join(path, property.Name), $"unknown field (expected one of: {string.Join(", ", known)})");
    }

    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement parent, string field, string path)
    {
        var value = Required(parent, field, path);
        var at = Join(path, field);
        if (value.ValueKind != JsonValueKind.Array) throw Error(at, $"expected an array, got {Describe(value)}");
        return value.EnumerateArray().Select((item, i) => (item, $"{at}[{i}]"));
    }

    public string String(JsonElement parent, string field, string path)
    {
        var value = Required(parent, field, path);
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(value.GetString()))
            throw Error(Join(path, field), $"expected a non-empty string, got {Describe(value)}");
        return value.GetString()!;
    }

    public double Number(JsonElement parent, string field, string path, double min, double max)
    {
        var value = Required(parent, field, path);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var x) || !double.IsFinite(x))
            throw Error(Join(path, field), $"expected a number, got {Describe(value)}");
        if (x < min || x > max)
            throw Error(Join(path, field), $"expected a number in [{Text(min)}, {Text(max)}], got {Text(x)}");
        return x;
    }

    public ulong Integer(JsonElement parent, string field, string path, ulong min, ulong max)
    {
        var value = Required(parent, field, path);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetUInt64(out var x))
            throw Error(Join(path, field), $"expected a non-negative integer, got {Describe(value)}");
        if (x < min || x > max) throw Error(Join(path, field), $"expected an integer in [{min}, {max}], got {x}");
        return x;
    }

    private JsonElement Required(JsonElement parent, string field, string path)
    {
        if (parent.ValueKind != JsonValueKind.Object)
            throw Error(path.Length == 0 ? "(document)" : path, $"expected an object, got {Describe(parent)}");
        if (!parent.TryGetProperty(field, out var value)) throw Error(Join(path, field), "missing required field");
        return value;
    }

    public static string Join(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";

    private static string Text(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString(),
    };
}
