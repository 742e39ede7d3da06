using System.Text.Json;
using System.Text.Json.Nodes;
using Restake.Numerics;

namespace Restake.Sandbox.Stack;

/// <summary>
/// Reads typed fields of one object of a stack script, failing with an <see cref="InputException"/> naming the file,
/// the place (section or step) and the field path; fields never read are reported as unknown.
/// </summary>
internal sealed class StackArgs(string file, string where, string path, JsonObject obj)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public string File => file;
    public string Where => where;

    public InputException Error(string field, string problem) => InputException.At(file, where, Join(field), problem);

    public string Join(string field) => path.Length == 0 ? field : $"{path}.{field}";

    public bool Has(string field) => obj.ContainsKey(field) && obj[field] is not null;

    public IEnumerable<string> Keys => obj.Select(kv => kv.Key);

    public void Skip(string field) => _read.Add(field);

    public void EnsureNoUnknown()
    {
        foreach (var (key, _) in obj)
            if (!_read.Contains(key)) throw Error(key, "unknown field");
    }

    private JsonNode Required(string field)
    {
        _read.Add(field);
        if (!obj.TryGetPropertyValue(field, out var node)) throw Error(field, "missing field");
        return node ?? throw Error(field, "must not be null");
    }

    public StackArgs Object(string field) =>
        Required(field) is JsonObject o ? new StackArgs(file, where, Join(field), o) : throw Error(field, "expected an object");

    /// <summary>An optional object; an empty one when absent.</summary>
    public StackArgs OptionalObject(string field) => Has(field) ? Object(field) : Skipped(field);

    private StackArgs Skipped(string field)
    {
        _read.Add(field);
        return new StackArgs(file, where, Join(field), new JsonObject());
    }

    public string String(string field) => Text(Required(field), Join(field));

    public string? OptionalString(string field) => Has(field) ? String(field) : Mark(field);

    private string? Mark(string field)
    {
        _read.Add(field);
        return null;
    }

    public bool Bool(string field, bool fallback)
    {
        if (!Has(field))
        {
            _read.Add(field);
            return fallback;
        }

        var node = Required(field);
        if (node is JsonValue v && v.TryGetValue<bool>(out var b)) return b;
        if (node is JsonValue s && s.TryGetValue<string>(out var t) && t is "true" or "false") return t == "true";
        throw Error(field, $"expected true or false, got {node.ToJsonString()}");
    }

    /// <summary>A uint256 amount (decimal digits or the <c>e</c> shorthand); <paramref name="allowMax"/> accepts <c>max</c> for 2^256−1.</summary>
    public UInt256 Amount(string field, bool allowMax = false) => ParseAmount(Required(field), Join(field), allowMax);

    public UInt256 Amount(string field, UInt256 fallback) => Has(field) ? Amount(field) : Fallback(field, fallback);

    private UInt256 Fallback(string field, UInt256 fallback)
    {
        _read.Add(field);
        return fallback;
    }

    public IReadOnlyList<UInt256> Amounts(string field) => List(field, (n, p) => ParseAmount(n, p, false));

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public ulong Integer(string field, ulong min, ulong max) => Bounded(Required(field), Join(field), min, max);

    public ulong Integer(string field, ulong min, ulong max, ulong fallback) => Has(field) ? Integer(field, min, max) : (ulong)Fallback(field, fallback);

    public IReadOnlyList<T> List<T>(string field, Func<JsonNode?, string, T> item)
    {
        var node = Required(field);
        if (node is not JsonArray arr) throw Error(field, "expected a list");
        var result = new T[arr.Count];
        for (var i = 0; i < arr.Count; i++) result[i] = item(arr[i], $"{Join(field)}[{i}]");
        return result;
    }

    public IReadOnlyList<string> Strings(string field) => List(field, (n, p) => n is null ? throw At(p, "must not be null") : Text(n, p));

    public IReadOnlyList<ulong> Integers(string field, ulong min, ulong max) => List(field, (n, p) => Bounded(n, p, min, max));

    /// <summary>The entries of a map field (<c>name: value</c>) in document order.</summary>
    public IReadOnlyList<(string Key, JsonNode? Value, string Path)> Entries(string field)
    {
        var node = Required(field);
        if (node is not JsonObject o) throw Error(field, "expected a map of name: value");
        return o.Select(kv => (kv.Key, kv.Value, $"{Join(field)}.{kv.Key}")).ToArray();
    }

    /// <summary>The entries of this object itself (<c>name: value</c>), all marked read.</summary>
    public IReadOnlyList<(string Key, JsonNode? Value, string Path)> OwnEntries()
    {
        foreach (var (key, _) in obj) _read.Add(key);
        return obj.Select(kv => (kv.Key, kv.Value, Join(kv.Key))).ToArray();
    }

    public StackArgs ObjectAt(JsonNode? node, string fieldPath) =>
        node is JsonObject o ? new StackArgs(file, where, fieldPath, o) : throw At(fieldPath, "expected an object");

    public InputException At(string fieldPath, string problem) => InputException.At(file, where, fieldPath, problem);

    public UInt256 ParseAmount(JsonNode? node, string fieldPath, bool allowMax)
    {
        if (node is null) throw At(fieldPath, "must not be null");
        string text;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number) text = v.ToJsonString();
        else if (node is JsonValue s && s.GetValueKind() == JsonValueKind.String) text = s.GetValue<string>();
        else throw At(fieldPath, $"expected an amount (decimal string), got {node.ToJsonString()}");
        if (allowMax && text == "max") return UInt256.MaxValue;
        return StackAmount.TryParse(text, out var value, out var problem) ? value : throw At(fieldPath, problem);
    }

    public ulong Bounded(JsonNode? node, string fieldPath, ulong min, ulong max)
    {
        var v = ParseAmount(node, fieldPath, false);
        if (v > max || v < min) throw At(fieldPath, $"expected a whole number from {min} to {max}, got {v}");
        return (ulong)v;
    }

    public string Text(JsonNode node, string fieldPath) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw At(fieldPath, $"expected a string, got {node.ToJsonString()}");
}
