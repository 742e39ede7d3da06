namespace Restake.Analysis.Risk;

/// <summary>Herfindahl–Hirschman index and Nakamoto coefficient of a stake distribution.</summary>
public static class Concentration
{
    /// <summary>Default Nakamoto threshold: a third of the stake halts finality on Ethereum.</summary>
    public const double DefaultThreshold = 1.0 / 3;

    /// <summary>Figures of <paramref name="stakes"/> (non-negative, not all zero).</summary>
    public static ConcentrationFigures Of(IReadOnlyList<double> stakes, double threshold = DefaultThreshold)
    {
        var total = stakes.Sum();
        if (!(total > 0)) return new ConcentrationFigures(stakes.Count, 0, 0, threshold);
        var hhi = stakes.Sum(s => s / total * (s / total));
        var sorted = stakes.OrderByDescending(s => s).ToArray();
        double acc = 0;
        var n = 0;
        while (n < sorted.Length && acc <= threshold * total) acc += sorted[n++];
        return new ConcentrationFigures(stakes.Count, hhi, n, threshold);
    }
}
