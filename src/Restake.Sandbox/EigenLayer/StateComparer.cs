using System.Text.Json;
using System.Text.Json.Nodes;

namespace Restake.Sandbox.EigenLayer;

/// <summary>One difference between a recorded and a replayed value.</summary>
/// <param name="Step">Step index (−1 for the initial state).</param>
/// <param name="Path">Field path, e.g. <c>state.operators.operator1.strategies.strategyA.maxMagnitude</c>.</param>
/// <param name="Expected">Recorded value (<c>&lt;missing&gt;</c> when absent).</param>
/// <param name="Actual">Replayed value (<c>&lt;missing&gt;</c> when absent).</param>
public sealed record Mismatch(int Step, string Path, string Expected, string Actual)
{
    /// <inheritdoc />
    public override string ToString() => $"step {Step}: {Path}: expected {Expected}, got {Actual}";
}

/// <summary>
/// Compares JSON documents field by field after flattening to paths. Values compare by their text, so a JSON number
/// equals the same decimal string. Vector rules: omitted staker strategies mean their defaults, queued withdrawals
/// are keyed by nonce, pending slashed shares are a multiset.
/// </summary>
public static class StateComparer
{
    /// <summary>Text of a missing value.</summary>
    public const string Missing = "<missing>";

    private static readonly (string Field, string Value)[] StakerStrategyDefaults =
        [("depositShares", "0"), ("withdrawableShares", "0"), ("depositScalingFactor", "1000000000000000000")];

    /// <summary>Differences between <paramref name="expected"/> and <paramref name="actual"/> under <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<Mismatch> Compare(int step, string prefix, JsonNode? expected, JsonNode? actual, IReadOnlyList<string> strategyNames)
    {
        var e = Flatten(expected, prefix, strategyNames);
        var a = Flatten(actual, prefix, strategyNames);
        var result = new List<Mismatch>();
        foreach (var (path, value) in e)
        {
            var other = a.TryGetValue(path, out var v) ? v : Missing;
            if (other != value) result.Add(new Mismatch(step, path, value, other));
        }

        foreach (var (path, value) in a)
            if (!e.ContainsKey(path)) result.Add(new Mismatch(step, path, Missing, value));
        return result;
    }

    /// <summary>Flattens a document to (path → text) with the vector's comparison rules.</summary>
    public static SortedDictionary<string, string> Flatten(JsonNode? node, string prefix, IReadOnlyList<string> strategyNames)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(node, prefix, prefix, map, strategyNames);
        return map;
    }

    private static void Walk(JsonNode? node, string path, string shape, SortedDictionary<string, string> map, IReadOnlyList<string> strategyNames)
    {
        switch (node)
        {
            case null:
                map[path] = "null";
                return;
            case JsonValue v:
                map[path] = Text(v);
                return;
            case JsonObject o:
                foreach (var (key, child) in o) Walk(child, $"{path}.{key}", $"{shape}.{(IsNamedMap(shape) ? "*" : key)}", map, strategyNames);
                if (shape.EndsWith("stakers.*.strategies", StringComparison.Ordinal))
                {
                    foreach (var s in strategyNames)
                    {
                        if (o.ContainsKey(s)) continue;
                        foreach (var (field, value) in StakerStrategyDefaults) map[$"{path}.{s}.{field}"] = value;
                    }
                }

                return;
            case JsonArray arr:
                var keys = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < arr.Count; i++)
                {
                    var key = ElementKey(shape, arr[i], i, keys);
                    Walk(arr[i], $"{path}[{key}]", $"{shape}[]", map, strategyNames);
                }

                if (arr.Count == 0) map[path] = "[]";
                return;
        }
    }

    private static bool IsNamedMap(string shape) =>
        shape.EndsWith(".stakers", StringComparison.Ordinal) || shape.EndsWith(".operators", StringComparison.Ordinal) ||
        shape.EndsWith(".operatorSets", StringComparison.Ordinal) || shape.EndsWith(".strategies", StringComparison.Ordinal) ||
        shape.EndsWith(".allocations", StringComparison.Ordinal) || shape.EndsWith(".tokenBalances", StringComparison.Ordinal) ||
        shape.EndsWith(".burnAddress", StringComparison.Ordinal);

    private static string ElementKey(string shape, JsonNode? item, int index, Dictionary<string, int> seen)
    {
        string? key = null;
        if (shape.EndsWith(".queuedWithdrawals", StringComparison.Ordinal) && item is JsonObject w && w["nonce"] is JsonValue nonce)
            key = $"nonce={Text(nonce)}";
        else if (shape.EndsWith("pendingSlashedShares", StringComparison.Ordinal) && item is JsonObject p)
            key = $"{TextOf(p["operatorSet"])}|{TextOf(p["slashId"])}|{TextOf(p["strategy"])}";
        if (key is null) return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var n = seen.TryGetValue(key, out var c) ? c : 0;
        seen[key] = n + 1;
        return n == 0 ? key : $"{key}#{n}";
    }

    private static string TextOf(JsonNode? n) => n is JsonValue v ? Text(v) : n?.ToJsonString() ?? "null";

    private static string Text(JsonValue v) => v.GetValueKind() switch
    {
        JsonValueKind.String => v.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => v.ToJsonString(),
    };
}
