using Restake.Simulation.Results;

namespace Restake.Analysis.Yields;

/// <summary>Yield figures of a strategy from its per-path output, sums taken in path order (thread-count independent).</summary>
public static class YieldAnalysis
{
    /// <summary>Years of the standard projections.</summary>
    public static readonly int[] ProjectionYears = [1, 5, 10];

    /// <summary>Mean final wealth, its standard error, APR and APY (conventions named) and per-layer means over <paramref name="horizonDays"/>.</summary>
    public static YieldFigures Of(StrategyPaths paths, double horizonDays)
    {
        var n = paths.FinalWealth.Length;
        var mean = Mean(paths.FinalWealth);
        double squares = 0;
        foreach (var w in paths.FinalWealth) squares += (w - mean) * (w - mean);
        var stdErr = n > 1 ? Math.Sqrt(squares / (n - 1) / n) : 0;
        var years = horizonDays / 365.0;
        var layers = YieldLayers.All.Select(layer =>
        {
            double sum = 0;
            foreach (var c in paths.Layers[(int)layer]) sum += c;
            var m = sum / n;
            return new LayerYield(layer, YieldLayers.Name(layer), m, m / years);
        }).ToArray();
        return new YieldFigures(mean, stdErr, (mean - 1) / years, Apy(mean, years), YieldFigures.SimpleAprConvention,
            YieldFigures.CompoundApyConvention, layers);
    }

    /// <summary>E[W]^(1/years) − 1; −1 when everything is lost.</summary>
    public static double Apy(double meanWealth, double years) => meanWealth <= 0 ? -1 : Math.Pow(meanWealth, 1 / years) - 1;

    /// <summary>Capital compounded at <paramref name="apy"/> for 1, 5 and 10 years.</summary>
    public static Projection[] Projections(double apy, double capitalEth) =>
        ProjectionYears.Select(y => new Projection(y, Math.Pow(1 + apy, y), capitalEth * Math.Pow(1 + apy, y))).ToArray();

    private static double Mean(double[] values)
    {
        double sum = 0;
        foreach (var v in values) sum += v;
        return sum / values.Length;
    }
}
