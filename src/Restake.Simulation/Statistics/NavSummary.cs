using System.Runtime.CompilerServices;

namespace Restake.Simulation.Statistics;

/// <summary>
/// Summary of per-path NAVs (value per unit start value): mean with standard error, probability of loss (NAV &lt; 1),
/// VaR = 1 − (lower tail-level quantile) and CVaR = 1 − (mean of the worst ⌈level·n⌉ paths).
/// </summary>
public sealed record NavSummary(double Mean, double StdErr, double PLoss, double ValueAtRisk, double ConditionalValueAtRisk)
{
    /// <summary>
    /// Summarises <paramref name="nav"/> in path order (so the sums, and the figures, are the same for any thread
    /// count). The quantile is the k-th smallest NAV with k = ⌈<paramref name="tailLevel"/>·n⌉; the tail mean averages
    /// exactly those k smallest values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NavSummary Of(ReadOnlySpan<double> nav, double tailLevel = 0.01)
    {
        if (nav.Length < 2) throw new ArgumentException("At least two paths are needed for a standard error.", nameof(nav));
        if (!(tailLevel > 0 && tailLevel < 1)) throw new ArgumentOutOfRangeException(nameof(tailLevel));
        var n = nav.Length;
        double sum = 0;
        var losses = 0;
        foreach (var v in nav)
        {
            sum += v;
            if (v < 1) losses++;
        }

        var mean = sum / n;
        double squares = 0;
        foreach (var v in nav) squares += (v - mean) * (v - mean);
        var stdErr = Math.Sqrt(squares / (n - 1) / n);

        var k = (int)Math.Ceiling(tailLevel * n);
        var (quantile, tailSum) = Tail(nav, k, losses);
        return new NavSummary(mean, stdErr, (double)losses / n, 1 - quantile, 1 - tailSum / k);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Quantile, double TailSum) Tail(ReadOnlySpan<double> nav, int k, int losses)
    {
        // Only paths that lost can sit below 1 and they are usually a minority: select among them when they fill the tail.
        double[] pool;
        if (losses >= k)
        {
            pool = new double[losses];
            var b = 0;
            foreach (var v in nav)
                if (v < 1) pool[b++] = v;
        }
        else
        {
            pool = nav.ToArray();
        }

        var quantile = Selection.KthSmallest(pool, k - 1);
        double strictSum = 0;
        var strictCount = 0;
        foreach (var v in nav)
            if (v < quantile)
            {
                strictSum += v;
                strictCount++;
            }

        return (quantile, strictSum + (k - strictCount) * quantile);
    }
}
