using Restake.Simulation.MonteCarlo;
using Restake.Simulation.Results;
using SimLayer = Restake.Simulation.Results.YieldLayer;

namespace Restake.Server.Runs.Modes;

/// <summary>
/// Moves one batch of a scenario run between the run's accumulator and the store: per-path figures as named values
/// ("wealth.ID", "layer.NAME.ID", "minPriceToNav.TOKEN", ...) and the recorded points of the band sample as base64
/// floats. Floats and doubles survive the JSON round trip exactly, so a restored accumulator equals the original.
/// </summary>
public static class ScenarioPathSlices
{
    /// <summary>Paths <c>[first, first + count)</c> of <paramref name="acc"/> as a batch output.</summary>
    public static BatchOutput Extract(RunAccumulator acc, int first, int count)
    {
        var paths = new PathOutcome[count];
        for (var i = 0; i < count; i++)
        {
            var path = first + i;
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var s in acc.Strategies)
            {
                values["wealth." + s.StrategyId] = s.FinalWealth[path];
                values["maxDrawdown." + s.StrategyId] = s.MaxDrawdown[path];
                values["liquidations." + s.StrategyId] = s.Liquidations[path];
                values["badDebt." + s.StrategyId] = s.BadDebt[path];
                foreach (var layer in YieldLayers.All)
                    values[LayerKey(layer, s.StrategyId)] = s.Layers[(int)layer][path];
            }

            foreach (var t in acc.Tokens)
            {
                values["minPriceToNav." + t.Token] = t.MinPriceToNav[path];
                values["daysBelowPeg." + t.Token] = t.DaysBelowPeg[path];
                values["finalNav." + t.Token] = t.FinalNav[path];
            }

            paths[i] = new PathOutcome(path, values);
        }

        return new BatchOutput(paths, EncodePoints(acc, first, count));
    }

    /// <summary>Writes a stored batch back into <paramref name="acc"/>.</summary>
    public static void Restore(RunAccumulator acc, BatchOutput batch)
    {
        foreach (var outcome in batch.Paths)
        {
            var path = checked((int)outcome.Path);
            var v = outcome.Values;
            foreach (var s in acc.Strategies)
            {
                s.FinalWealth[path] = v["wealth." + s.StrategyId];
                s.MaxDrawdown[path] = (float)v["maxDrawdown." + s.StrategyId];
                s.Liquidations[path] = checked((int)v["liquidations." + s.StrategyId]);
                s.BadDebt[path] = v["badDebt." + s.StrategyId];
                foreach (var layer in YieldLayers.All)
                    s.Layers[(int)layer][path] = (float)v[LayerKey(layer, s.StrategyId)];
            }

            foreach (var t in acc.Tokens)
            {
                t.MinPriceToNav[path] = (float)v["minPriceToNav." + t.Token];
                t.DaysBelowPeg[path] = (float)v["daysBelowPeg." + t.Token];
                t.FinalNav[path] = v["finalNav." + t.Token];
            }
        }

        if (batch.Paths.Count > 0) DecodePoints(acc, checked((int)batch.Paths[0].Path), batch.State);
    }

    private static string LayerKey(SimLayer layer, string strategy) => $"layer.{YieldLayers.Name(layer)}.{strategy}";

    // Layout: for each sampled path of the batch, for each series, every recorded point.
    private static string? EncodePoints(RunAccumulator acc, int first, int count)
    {
        var sampled = Math.Clamp(acc.SampledPaths - first, 0, count);
        if (sampled == 0) return null;
        var points = acc.Layout.Points;
        var buffer = new float[sampled * acc.Points.Length * points];
        var k = 0;
        for (var path = first; path < first + sampled; path++)
            foreach (var series in acc.Points)
            {
                Array.Copy(series, path * points, buffer, k, points);
                k += points;
            }

        return Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan()));
    }

    private static void DecodePoints(RunAccumulator acc, int first, string? state)
    {
        var points = acc.Layout.Points;
        var perPath = acc.Points.Length * points;
        var sampled = Math.Max(0, acc.SampledPaths - first);
        if (state is null)
        {
            if (sampled > 0 && perPath > 0) throw new InvalidOperationException($"the stored batch at path {first} lacks its recorded points");
            return;
        }

        var bytes = Convert.FromBase64String(state);
        var buffer = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).ToArray();
        if (perPath == 0 || buffer.Length % perPath != 0 || buffer.Length / perPath > sampled)
            throw new InvalidOperationException($"the stored batch at path {first} has {buffer.Length} recorded points, not a whole number of paths");
        var k = 0;
        for (var path = first; k < buffer.Length; path++)
            foreach (var series in acc.Points)
            {
                Array.Copy(buffer, k, series, path * points, points);
                k += points;
            }
    }
}
