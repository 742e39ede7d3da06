namespace Restake.Server.Runs;

/// <summary>
/// Default summary of per-path outcomes: mean loss with its standard error, quantiles, VaR/CVaR at 99 %, the
/// probability of a loss, a 40-bin loss histogram, fan-chart quantiles of trajectories and mean yields per layer.
/// </summary>
public static class RunSummarizer
{
    /// <summary>Quantiles drawn in fan charts.</summary>
    public static readonly IReadOnlyList<(string Name, double Q)> FanQuantiles = [("p05", 0.05), ("p25", 0.25), ("p50", 0.5), ("p75", 0.75), ("p95", 0.95)];

    /// <summary>Summarises every path of every batch.</summary>
    public static RunSummary Summarize(RunPlan plan, IReadOnlyList<BatchOutput> batches)
    {
        var paths = batches.SelectMany(b => b.Paths).OrderBy(p => p.Path).ToList();
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        Histogram? histogram = null;
        var losses = paths.Where(p => p.Values.ContainsKey("loss")).Select(p => p.Values["loss"]).ToArray();
        if (losses.Length > 0)
        {
            Array.Sort(losses);
            var mean = losses.Average();
            var variance = losses.Length > 1 ? losses.Sum(l => (l - mean) * (l - mean)) / (losses.Length - 1) : 0;
            metrics["loss.mean"] = mean;
            metrics["loss.stderr"] = Math.Sqrt(variance / losses.Length);
            metrics["loss.p50"] = Quantile(losses, 0.50);
            metrics["loss.p95"] = Quantile(losses, 0.95);
            metrics["loss.var99"] = Quantile(losses, 0.99);
            metrics["loss.cvar99"] = TailMean(losses, 0.99);
            metrics["loss.probability"] = losses.Count(l => l > 1e-12) / (double)losses.Length;
            metrics["loss.max"] = losses[^1];
            histogram = Bin(losses, 40);
        }

        var keys = paths.SelectMany(p => p.Values.Keys).Where(k => k != "loss").Distinct(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var values = paths.Where(p => p.Values.ContainsKey(key)).Select(p => p.Values[key]).ToArray();
            metrics[$"{key}.mean"] = values.Average();
        }

        var yields = metrics.Where(m => m.Key.StartsWith("yield.", StringComparison.Ordinal) && m.Key.EndsWith(".mean", StringComparison.Ordinal))
            .Select(m => new YieldLayer(m.Key["yield.".Length..^".mean".Length], m.Value)).ToList();
        return new RunSummary(paths.Count, metrics, histogram, Fan(plan, paths), yields);
    }

    /// <summary>Linear-interpolated quantile (type 7) of sorted data.</summary>
    public static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0) return double.NaN;
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>Mean of the worst (largest) <c>1 - level</c> share of sorted losses, at least one path.</summary>
    public static double TailMean(double[] sorted, double level)
    {
        var n = Math.Max(1, (int)Math.Ceiling(sorted.Length * (1 - level)));
        return sorted[^n..].Average();
    }

    /// <summary>Equal-width histogram of sorted data over its range.</summary>
    public static Histogram Bin(double[] sorted, int bins)
    {
        var min = sorted[0];
        var max = sorted[^1];
        var counts = new long[bins];
        var width = (max - min) / bins;
        foreach (var v in sorted)
        {
            var i = width <= 0 ? 0 : (int)Math.Min(bins - 1, Math.Floor((v - min) / width));
            counts[i]++;
        }

        return new Histogram(min, max, counts);
    }

    private static FanChart? Fan(RunPlan plan, List<PathOutcome> paths)
    {
        if (plan.TrajectorySteps is not { Count: > 0 } steps) return null;
        var series = paths.Where(p => p.Trajectory is { } t && t.Count == steps.Count).Select(p => p.Trajectory!).ToList();
        if (series.Count == 0) return null;
        var bands = FanQuantiles.ToDictionary(f => f.Name, _ => new double[steps.Count]);
        var column = new double[series.Count];
        for (var s = 0; s < steps.Count; s++)
        {
            for (var i = 0; i < series.Count; i++) column[i] = series[i][s];
            Array.Sort(column);
            foreach (var (name, q) in FanQuantiles) bands[name][s] = Quantile(column, q);
        }

        return new FanChart(plan.TrajectoryLabel ?? "step", steps, bands.ToDictionary(b => b.Key, b => (IReadOnlyList<double>)b.Value));
    }
}
