using System.Text.Json;
using System.Text.Json.Nodes;
using Restake.Numerics;

namespace Restake.Sandbox.Defi;

/// <summary>
/// Typed access to a case's <c>state</c> and <c>call.args</c> for evaluators. A missing or malformed value is an
/// <see cref="InputException"/> naming the file, the case and the field path (e.g. <c>state.reserves[1].price</c>).
/// </summary>
public static class DefiCaseReader
{
    /// <summary>A required uint256 in <c>state</c>.</summary>
    public static UInt256 StateUInt(this DefiCase c, string key) => UIntAt(c, c.State, "state", key);

    /// <summary>An optional uint256 in <c>state</c>; <paramref name="fallback"/> when absent.</summary>
    public static UInt256 StateUInt(this DefiCase c, string key, UInt256 fallback) =>
        c.State[key] is null ? fallback : UIntAt(c, c.State, "state", key);

    /// <summary>A required uint256 in <c>call.args</c>.</summary>
    public static UInt256 ArgUInt(this DefiCase c, string key) => UIntAt(c, c.Args, "call.args", key);

    /// <summary>A required coin index in <c>call.args</c> (a small non-negative integer).</summary>
    public static int ArgIndex(this DefiCase c, string key)
    {
        var value = c.ArgUInt(key);
        return value <= (UInt256)64 ? (int)(ulong)value : throw c.Bad($"call.args.{key}", $"index {value} is out of range");
    }

    /// <summary>A required array of uint256 in <c>state</c>.</summary>
    public static UInt256[] StateUIntArray(this DefiCase c, string key)
    {
        if (c.State[key] is not JsonArray array) throw c.Bad($"state.{key}", "expected an array of integer strings");
        var result = new UInt256[array.Count];
        for (var k = 0; k < array.Count; k++) result[k] = ParseUInt(c, array[k], $"state.{key}[{k}]");
        return result;
    }

    /// <summary>A required array of objects in <c>state</c>.</summary>
    public static IReadOnlyList<JsonObject> StateObjects(this DefiCase c, string key)
    {
        if (c.State[key] is not JsonArray array) throw c.Bad($"state.{key}", "expected an array of objects");
        return array.Select((n, k) => n as JsonObject ?? throw c.Bad($"state.{key}[{k}]", "expected an object")).ToList();
    }

    /// <summary>A required uint256 field of a nested object at <paramref name="path"/>.</summary>
    public static UInt256 UIntAt(this DefiCase c, JsonObject obj, string path, string key) =>
        obj[key] is { } node ? ParseUInt(c, node, $"{path}.{key}") : throw c.Bad($"{path}.{key}", "missing");

    /// <summary>An optional uint256 field of a nested object; <paramref name="fallback"/> when absent.</summary>
    public static UInt256 UIntAt(this DefiCase c, JsonObject obj, string path, string key, UInt256 fallback) =>
        obj[key] is null ? fallback : c.UIntAt(obj, path, key);

    /// <summary>A required identifier string of a nested object (or of <c>call.args</c>).</summary>
    public static string StringAt(this DefiCase c, JsonObject obj, string path, string key) =>
        obj[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0
            ? v.GetValue<string>()
            : throw c.Bad($"{path}.{key}", obj[key] is null ? "missing" : "expected a non-empty string");

    /// <summary>The error for an unknown <c>call.op</c>.</summary>
    public static InputException UnknownOp(this DefiCase c, params string[] known) =>
        c.Bad("call.op", $"unknown op '{c.Op}' for engine '{c.Engine}' (known: {string.Join(", ", known)})");

    /// <summary>An <see cref="InputException"/> for <paramref name="field"/> of this case.</summary>
    public static InputException Bad(this DefiCase c, string field, string problem) =>
        InputException.At(c.File, $"case '{c.Name}'", field, problem);

    private static UInt256 ParseUInt(DefiCase c, JsonNode? node, string field)
    {
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            throw c.Bad(field, $"expected an integer string, got {DefiCaseLoader.Describe(node)}");
        return UInt256.TryParse(v.GetValue<string>(), out var value, out var problem) ? value : throw c.Bad(field, problem);
    }
}
