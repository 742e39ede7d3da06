using System.Text.Json;
using System.Text.Json.Nodes;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Sandbox.EigenLayer;

/// <summary>
/// Reads typed fields from one JSON object of a script, failing with an <see cref="InputException"/> that names the
/// file, the step and the field path. Every field read is remembered so unknown fields can be reported.
/// </summary>
internal sealed class ArgReader(string file, string where, string path, JsonObject obj, NameBook names)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public InputException Error(string field, string problem) => InputException.At(file, where, Join(field), problem);

    private string Join(string field) => path.Length == 0 ? field : $"{path}.{field}";

    public bool Has(string field) => obj.ContainsKey(field);

    public JsonNode? Raw(string field)
    {
        _read.Add(field);
        return obj.TryGetPropertyValue(field, out var n) ? n : null;
    }

    private JsonNode Required(string field)
    {
        _read.Add(field);
        if (!obj.TryGetPropertyValue(field, out var node)) throw Error(field, "missing field");
        return node ?? throw Error(field, "must not be null");
    }

    public void EnsureNoUnknown()
    {
        foreach (var (key, _) in obj)
            if (!_read.Contains(key)) throw Error(key, "unknown field");
    }

    public ArgReader Object(string field)
    {
        var node = Required(field);
        return node is JsonObject o ? new ArgReader(file, where, Join(field), o, names) : throw Error(field, "expected an object");
    }

    public string String(string field) => Text(Required(field), Join(field));

    public bool Bool(string field)
    {
        var node = Required(field);
        if (node is JsonValue v && v.TryGetValue<bool>(out var b)) return b;
        if (node is JsonValue s && s.TryGetValue<string>(out var t) && t is "true" or "false") return t == "true";
        throw Error(field, $"expected true or false, got {node.ToJsonString()}");
    }

    public UInt256 U256(string field) => ParseU256(Required(field), Join(field));

    public ulong U64(string field) => Narrow(U256(field), ulong.MaxValue, field, "uint64");

    public uint U32(string field) => (uint)Narrow(U256(field), uint.MaxValue, field, "uint32");

    public Address Actor(string field, bool allowNull = false)
    {
        _read.Add(field);
        if (!obj.TryGetPropertyValue(field, out var node)) throw Error(field, "missing field");
        return ResolveActor(node, Join(field), allowNull);
    }

    public OperatorSet Set(string field) => ParseSet(Required(field), Join(field));

    public IReadOnlyList<T> List<T>(string field, Func<JsonNode?, string, T> item)
    {
        var node = Required(field);
        if (node is not JsonArray arr) throw Error(field, "expected a list");
        var result = new T[arr.Count];
        for (var i = 0; i < arr.Count; i++) result[i] = item(arr[i], $"{Join(field)}[{i}]");
        return result;
    }

    public IReadOnlyList<Address> Actors(string field) => List(field, (n, p) => ResolveActor(n, p, false));

    public IReadOnlyList<UInt256> U256s(string field) => List(field, ParseU256);

    public IReadOnlyList<ArgReader> Objects(string field) =>
        List(field, (n, p) => n is JsonObject o ? new ArgReader(file, where, p, o, names) : throw InputException.At(file, where, p, "expected an object"));

    public Address ResolveActor(JsonNode? node, string fieldPath, bool allowNull)
    {
        if (node is null)
        {
            if (allowNull) return Address.Zero;
            throw InputException.At(file, where, fieldPath, "must not be null");
        }

        var name = Text(node, fieldPath);
        return names.TryResolve(name, out var a) ? a : throw InputException.At(file, where, fieldPath, $"unknown actor '{name}'");
    }

    public OperatorSet ParseSet(JsonNode? node, string fieldPath)
    {
        var text = node is null ? throw InputException.At(file, where, fieldPath, "must not be null") : Text(node, fieldPath);
        var slash = text.LastIndexOf('/');
        if (slash <= 0) throw InputException.At(file, where, fieldPath, $"expected an operator set 'avs/id', got '{text}'");
        if (!names.TryResolve(text[..slash], out var avs)) throw InputException.At(file, where, fieldPath, $"unknown actor '{text[..slash]}'");
        if (!UInt256.TryParse(text[(slash + 1)..], out var id, out var problem) || id > uint.MaxValue)
            throw InputException.At(file, where, fieldPath, $"bad operator set id in '{text}': {(problem.Length > 0 ? problem : "above uint32")}");
        return new OperatorSet(avs, (uint)(ulong)id);
    }

    public UInt256 ParseU256(JsonNode? node, string fieldPath)
    {
        if (node is null) throw InputException.At(file, where, fieldPath, "must not be null");
        string text;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number) text = v.ToJsonString();
        else if (node is JsonValue s && s.GetValueKind() == JsonValueKind.String) text = s.GetValue<string>();
        else throw InputException.At(file, where, fieldPath, $"expected a non-negative integer, got {node.ToJsonString()}");
        return UInt256.TryParse(text, out var value, out var problem) ? value : throw InputException.At(file, where, fieldPath, problem);
    }

    public ulong ParseBounded(JsonNode? node, string fieldPath, ulong max, string type)
    {
        var v = ParseU256(node, fieldPath);
        return v > max ? throw InputException.At(file, where, fieldPath, $"{v} is above the {type} maximum {max}") : (ulong)v;
    }

    private ulong Narrow(UInt256 value, ulong max, string field, string type) =>
        value > max ? throw Error(field, $"{value} is above the {type} maximum {max}") : (ulong)value;

    private string Text(JsonNode node, string fieldPath) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw InputException.At(file, where, fieldPath, $"expected a string, got {node.ToJsonString()}");
}
