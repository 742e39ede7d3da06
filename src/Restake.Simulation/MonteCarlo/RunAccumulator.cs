using Restake.Simulation.Results;
using Restake.Simulation.World;

namespace Restake.Simulation.MonteCarlo;

/// <summary>
/// Collects a run's paths: per-path arrays written by path index and the recorded points of the first
/// <see cref="BandPaths"/> paths (the quantile bands' sample). Batches may fill it in any order and on any thread:
/// every slot belongs to one path, so the contents — and everything computed from them — never depend on scheduling.
/// A server can persist the batches done and resume by running the remaining batches into a restored accumulator.
/// </summary>
public sealed class RunAccumulator
{
    /// <summary>Paths whose recorded points make up the quantile bands (the first ones, by index).</summary>
    public const int BandPaths = 10_000;

    /// <summary>An empty accumulator for <paramref name="paths"/> paths of <paramref name="world"/>.</summary>
    public RunAccumulator(WorldModel world, int paths)
    {
        World = world;
        Paths = paths;
        Layout = new SeriesLayout(world);
        Strategies = world.Strategies.Select(s => new StrategyPaths(s.Id, paths)).ToArray();
        Tokens = world.Liquid.Select(t => new TokenPaths(t.Id, t.Pool >= 0 ? world.Pools[t.Pool].Id : null, paths)).ToArray();
        SampledPaths = Math.Min(paths, BandPaths);
        Points = new float[Layout.Series.Length][];
        for (var i = 0; i < Points.Length; i++) Points[i] = new float[SampledPaths * Layout.Points];
    }

    /// <summary>The world simulated.</summary>
    public WorldModel World { get; }

    /// <summary>Paths of the run.</summary>
    public int Paths { get; }

    /// <summary>Series and points recorded.</summary>
    public SeriesLayout Layout { get; }

    /// <summary>Per-strategy per-path output.</summary>
    public StrategyPaths[] Strategies { get; }

    /// <summary>Per-token per-path output.</summary>
    public TokenPaths[] Tokens { get; }

    /// <summary>Paths in the band sample.</summary>
    public int SampledPaths { get; }

    /// <summary>Recorded points of the sample, [series][path * points + point].</summary>
    public float[][] Points { get; }

    /// <summary>True when path <paramref name="path"/>'s recorded points are kept (it is in the band sample).</summary>
    public bool StoresPoints(int path) => path < SampledPaths;

    /// <summary>Stores path <paramref name="path"/>'s record (its points only when <see cref="StoresPoints"/>).</summary>
    public void Store(int path, PathRecord record)
    {
        var layers = YieldLayers.Count;
        for (var i = 0; i < Strategies.Length; i++)
        {
            var s = Strategies[i];
            s.FinalWealth[path] = record.FinalWealth[i];
            for (var l = 0; l < layers; l++) s.Layers[l][path] = (float)record.Layers[i * layers + l];
            s.MaxDrawdown[path] = (float)record.MaxDrawdown[i];
            s.Liquidations[path] = record.Liquidations[i];
            s.BadDebt[path] = record.BadDebt[i];
        }

        for (var k = 0; k < Tokens.Length; k++)
        {
            Tokens[k].MinPriceToNav[path] = (float)record.MinPrice[k];
            Tokens[k].DaysBelowPeg[path] = (float)record.DaysBelowPeg[k];
            Tokens[k].FinalNav[path] = record.FinalNav[k];
        }

        if (!StoresPoints(path)) return;
        var points = Layout.Points;
        for (var series = 0; series < Points.Length; series++)
            for (var p = 0; p < points; p++)
                Points[series][path * points + p] = (float)record.Points[series * points + p];
    }

    /// <summary>The run's output: per-path arrays and the quantile bands of the sample.</summary>
    public SimulationOutput ToOutput()
    {
        var layout = Layout;
        var bands = new List<QuantileBand>();
        var points = layout.Points;
        var column = new float[SampledPaths];
        for (var series = 0; series < layout.Series.Length; series++)
        {
            var levels = QuantileBand.StandardLevels;
            var values = levels.Select(_ => new double[points]).ToArray();
            for (var p = 0; p < points; p++)
            {
                for (var path = 0; path < SampledPaths; path++) column[path] = Points[series][path * points + p];
                Array.Sort(column);
                for (var l = 0; l < levels.Length; l++) values[l][p] = Quantile(column, levels[l]);
            }

            bands.Add(new QuantileBand(layout.Series[series], layout.Units[series], levels, layout.Days, values));
        }

        var wealth = bands.Where(b => b.Series.StartsWith("wealth:", StringComparison.Ordinal)).ToArray();
        var market = bands.Where(b => !b.Series.StartsWith("wealth:", StringComparison.Ordinal)).ToArray();
        return new SimulationOutput(Paths, World.Scenario.HorizonDays, Strategies, Tokens, wealth, market);
    }

    /// <summary>Linear interpolation between order statistics (type 7) of sorted <paramref name="sorted"/>.</summary>
    private static double Quantile(float[] sorted, double level)
    {
        var h = (sorted.Length - 1) * level;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
