using System.Text.Json;

namespace Restake.Simulation.Slashing;

/// <summary>Reads and validates a slashing workload file (the format of <c>benchmark-slashing-mc.md</c>).</summary>
public static class SlashingInstanceLoader
{
    // Rounding in the files' decimal magnitudes and weights must not reject a sum that is 1 on paper.
    private const double SumTolerance = 1e-9;
    private const double WeightSumTolerance = 1e-6;

    /// <summary>Loads <paramref name="file"/>; any problem is an <see cref="InputException"/> naming file and field.</summary>
    public static SlashingInstance Load(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.At(file, null, null, $"cannot read the file ({e.Message})");
        }

        return Parse(text, file);
    }

    /// <summary>Parses JSON <paramref name="text"/>; <paramref name="file"/> only names the source in messages.</summary>
    public static SlashingInstance Parse(string text, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : null;
            throw InputException.At(file, where, null, "invalid JSON");
        }

        using (document) return Read(document.RootElement, new JsonReader(file));
    }

    private static SlashingInstance Read(JsonElement root, JsonReader json)
    {
        if (root.ValueKind != JsonValueKind.Object) throw json.Error("(document)", "expected a JSON object");
        json.RejectUnknown(root, "", "operators", "avss", "groups", "allocations", "implicationProbability", "lrt",
            "days", "paths", "seed");

        var operators = json.Array(root, "operators", "").Select(o =>
        {
            json.RejectUnknown(o.Item, o.Path, "id", "stake");
            return (new SlashingOperator(json.String(o.Item, "id", o.Path),
                json.Number(o.Item, "stake", o.Path, 0, double.MaxValue)), o.Path);
        }).ToList();
        var groups = json.Array(root, "groups", "").Select(g =>
        {
            json.RejectUnknown(g.Item, g.Path, "id", "dailyShockProbability", "faultProbabilityWhenShocked");
            return (new SlashingGroup(json.String(g.Item, "id", g.Path),
                json.Number(g.Item, "dailyShockProbability", g.Path, 0, 1),
                json.Number(g.Item, "faultProbabilityWhenShocked", g.Path, 0, 1)), g.Path);
        }).ToList();
        var avss = json.Array(root, "avss", "").Select(a =>
        {
            json.RejectUnknown(a.Item, a.Path, "id", "dailyFaultProbability", "slashFraction", "group");
            return (new SlashingAvs(json.String(a.Item, "id", a.Path),
                json.Number(a.Item, "dailyFaultProbability", a.Path, 0, 1),
                json.Number(a.Item, "slashFraction", a.Path, 0, 1),
                json.String(a.Item, "group", a.Path)), a.Path);
        }).ToList();
        var allocations = json.Array(root, "allocations", "").Select(a =>
        {
            json.RejectUnknown(a.Item, a.Path, "operator", "avs", "magnitude");
            return (new SlashingAllocation(json.String(a.Item, "operator", a.Path), json.String(a.Item, "avs", a.Path),
                json.Number(a.Item, "magnitude", a.Path, 0, 1)), a.Path);
        }).ToList();

        var operatorIds = UniqueIds(json, operators.Select(o => (o.Item1.Id, o.Path)));
        var groupIds = UniqueIds(json, groups.Select(g => (g.Item1.Id, g.Path)));
        var avsIds = UniqueIds(json, avss.Select(a => (a.Item1.Id, a.Path)));
        foreach (var (avs, path) in avss)
            if (!groupIds.Contains(avs.Group)) throw json.Error($"{path}.group", $"unknown group \"{avs.Group}\"");

        var pairs = new HashSet<(string, string)>();
        var magnitudeSums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (allocation, path) in allocations)
        {
            if (!operatorIds.Contains(allocation.Operator))
                throw json.Error($"{path}.operator", $"unknown operator \"{allocation.Operator}\"");
            if (!avsIds.Contains(allocation.Avs)) throw json.Error($"{path}.avs", $"unknown AVS \"{allocation.Avs}\"");
            if (!pairs.Add((allocation.Operator, allocation.Avs)))
                throw json.Error(path, $"duplicate allocation of {allocation.Operator} to {allocation.Avs}");
            var sum = magnitudeSums.GetValueOrDefault(allocation.Operator) + allocation.Magnitude;
            if (sum > 1 + SumTolerance)
                throw json.Error($"{path}.magnitude",
                    $"magnitudes of operator \"{allocation.Operator}\" sum to {sum:R}, above 1");
            magnitudeSums[allocation.Operator] = sum;
        }

        var weights = ReadWeights(root, json, operatorIds);
        return new SlashingInstance(
            operators.Select(o => o.Item1).ToList(),
            avss.Select(a => a.Item1).ToList(),
            groups.Select(g => g.Item1).ToList(),
            allocations.Select(a => a.Item1).ToList(),
            json.Number(root, "implicationProbability", "", 0, 1),
            weights,
            (int)json.Integer(root, "days", "", 1, 100_000),
            (long)json.Integer(root, "paths", "", 2, SlashingMonteCarlo.MaxPaths),
            json.Integer(root, "seed", "", 0, ulong.MaxValue));
    }

    private static Dictionary<string, double> ReadWeights(JsonElement root, JsonReader json, HashSet<string> operators)
    {
        var lrt = json.Object(root, "lrt", "", "weights");
        var weightsElement = json.Object(lrt, "weights", "lrt");
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in weightsElement.EnumerateObject())
        {
            if (!operators.Contains(property.Name))
                throw json.Error($"lrt.weights.{property.Name}", $"unknown operator \"{property.Name}\"");
            weights[property.Name] = json.Number(weightsElement, property.Name, "lrt.weights", 0, 1);
        }

        var total = weights.Values.Sum();
        if (Math.Abs(total - 1) > WeightSumTolerance)
            throw json.Error("lrt.weights", $"weights must sum to 1, got {total:R}");
        return weights;
    }

    private static HashSet<string> UniqueIds(JsonReader json, IEnumerable<(string Id, string Path)> items)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, path) in items)
            if (!ids.Add(id)) throw json.Error($"{path}.id", $"duplicate id \"{id}\"");
        return ids;
    }
}
