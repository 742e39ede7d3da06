using System.Runtime.CompilerServices;

namespace Restake.Simulation.Statistics;

/// <summary>Order statistics without a full sort.</summary>
public static class Selection
{
    /// <summary>
    /// The k-th smallest value (k from 0) of <paramref name="values"/>, which is reordered. Hoare partitioning with a
    /// median-of-three pivot; the value returned is unique, so the choice of pivots never shows in results.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double KthSmallest(Span<double> values, int k)
    {
        if ((uint)k >= (uint)values.Length) throw new ArgumentOutOfRangeException(nameof(k), k, "Outside the values.");
        int lo = 0, hi = values.Length - 1;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            var pivot = MedianOfThree(values[lo], values[mid], values[hi]);
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i > j) break;
                (values[i], values[j]) = (values[j], values[i]);
                i++;
                j--;
            }

            // Now [lo, j] ≤ pivot, [i, hi] ≥ pivot and anything strictly between equals the pivot.
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return values[k];
        }

        return values[k];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));
}
