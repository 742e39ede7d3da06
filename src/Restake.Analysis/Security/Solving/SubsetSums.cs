using System.Collections;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// The exact set of sums of subsets of some positive integer parts (a bitset DP), as sorted disjoint intervals, with a
/// way back from a sum to one subset that attains it. Used to merge interchangeable validators into one integer item.
/// </summary>
public sealed class SubsetSums
{
    private readonly BitArray[] _layers; // _layers[k] = sums reachable with the first k parts

    /// <summary>Computes the sums of subsets of <paramref name="parts"/> (each &gt; 0).</summary>
    public SubsetSums(IReadOnlyList<long> parts)
    {
        if (parts.Any(p => p <= 0)) throw new ArgumentException("parts must be positive");
        Parts = parts.ToArray();
        Total = Parts.Sum();
        if (Total > MaxTotal) throw new ArgumentException($"parts add up to {Total}, beyond {MaxTotal}");
        var size = (int)Total + 1;
        _layers = new BitArray[Parts.Length + 1];
        _layers[0] = new BitArray(size) { [0] = true };
        for (var k = 0; k < Parts.Length; k++)
        {
            var prev = _layers[k];
            var shifted = new BitArray(prev).LeftShift((int)Parts[k]);
            _layers[k + 1] = shifted.Or(prev);
        }

        var all = _layers[^1];
        var intervals = new List<(long, long)>();
        var start = -1L;
        for (var i = 0; i <= size; i++)
        {
            var on = i < size && all[i];
            if (on && start < 0) start = i;
            if (!on && start >= 0)
            {
                intervals.Add((start, i - 1));
                start = -1;
            }
        }

        Intervals = intervals;
    }

    /// <summary>Largest total handled (the bitset has one bit per integer up to the total).</summary>
    public const long MaxTotal = 1L << 26;

    /// <summary>The parts, in the given order.</summary>
    public long[] Parts { get; }

    /// <summary>Sum of all parts.</summary>
    public long Total { get; }

    /// <summary>Reachable sums as sorted, disjoint, non-adjacent closed intervals (the first starts at 0).</summary>
    public IReadOnlyList<(long Lo, long Hi)> Intervals { get; }

    /// <summary>True when some subset adds up to <paramref name="sum"/>.</summary>
    public bool Contains(long sum) => sum >= 0 && sum <= Total && _layers[^1][(int)sum];

    /// <summary>Indices (into <see cref="Parts"/>) of a subset adding up to <paramref name="sum"/>.</summary>
    public int[] Realise(long sum)
    {
        if (!Contains(sum)) throw new ArgumentException($"{sum} is not a subset sum");
        var chosen = new List<int>();
        var rest = (int)sum;
        for (var k = Parts.Length; k > 0; k--)
        {
            if (_layers[k - 1][rest]) continue; // reachable without part k−1
            chosen.Add(k - 1);
            rest -= (int)Parts[k - 1];
        }

        chosen.Reverse();
        return chosen.ToArray();
    }
}
