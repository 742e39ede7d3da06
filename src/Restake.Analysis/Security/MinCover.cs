using System.Numerics;

namespace Restake.Analysis.Security;

/// <summary>Result of a minimum cover: the cheapest subset reaching the target, and a proven lower bound.</summary>
public sealed record MinCoverResult(BigInteger Value, BigInteger LowerBound, int[] Chosen)
{
    /// <summary>True when <see cref="Value"/> is proven minimal.</summary>
    public bool Exact => Value == LowerBound;
}

/// <summary>
/// min Σ_{i∈B} w_i subject to Σ_{i∈B} w_i ≥ target over non-negative integers: the single-service cost of corruption.
/// Branch and bound first (most instances reach the target exactly and stop), then a subset-sum bitset DP when the
/// numbers are small enough; otherwise the best cover found with its proven lower bound.
/// </summary>
public static class MinCover
{
    /// <summary>Solves one instance; <paramref name="nodeLimit"/> bounds the branch and bound.</summary>
    public static MinCoverResult Solve(IReadOnlyList<BigInteger> weights, BigInteger target, long nodeLimit = 2_000_000, long dpWordBudget = 400_000_000)
    {
        if (target <= 0) return new MinCoverResult(0, 0, []);
        var order = Enumerable.Range(0, weights.Count).Where(i => weights[i] > 0).OrderByDescending(i => weights[i]).ToArray();
        var w = order.Select(i => weights[i]).ToArray();
        var total = w.Aggregate(BigInteger.Zero, (a, x) => a + x);
        if (total < target) throw new ArgumentException("target exceeds the total weight");
        var suffix = new BigInteger[w.Length + 1];
        for (var i = w.Length - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + w[i];

        // Greedy start: largest first until the target is met.
        var best = BigInteger.Zero;
        var bestSet = new List<int>();
        for (var i = 0; i < w.Length && best < target; i++)
        {
            best += w[i];
            bestSet.Add(i);
        }

        var current = new List<int>();
        long nodes = 0;
        var complete = true;

        void Dfs(int i, BigInteger sum)
        {
            if (best == target) return;
            if (++nodes > nodeLimit)
            {
                complete = false;
                return;
            }

            if (sum >= target)
            {
                if (sum < best)
                {
                    best = sum;
                    bestSet = [.. current];
                }

                return;
            }

            if (i == w.Length || sum + suffix[i] < target) return;
            // Take w[i]; an overshoot already at least best is useless.
            if (sum + w[i] < best)
            {
                current.Add(i);
                Dfs(i + 1, sum + w[i]);
                current.RemoveAt(current.Count - 1);
            }

            Dfs(i + 1, sum);
        }

        Dfs(0, 0);
        if (complete || best == target) return new MinCoverResult(best, best, bestSet.Select(k => order[k]).Order().ToArray());

        // DP over the weight left out: maximise excluded ≤ total − target.
        var cap = total - target;
        if (cap < int.MaxValue && (double)w.Length * ((double)cap / 64 + 1) <= dpWordBudget)
        {
            var dp = SubsetSumDp((int)cap, w);
            return new MinCoverResult(dp.Value, dp.Value, dp.Chosen.Select(k => order[k]).Order().ToArray());
        }

        return new MinCoverResult(best, target, bestSet.Select(k => order[k]).Order().ToArray());
    }

    private static (BigInteger Value, int[] Chosen) SubsetSumDp(int cap, BigInteger[] w)
    {
        // reach[k] = sums ≤ cap reachable by excluding a subset of the first k items; kept per item to reconstruct.
        var words = cap / 64 + 1;
        var layers = new ulong[w.Length + 1][];
        layers[0] = new ulong[words];
        layers[0][0] = 1;
        for (var k = 0; k < w.Length; k++)
        {
            var prev = layers[k];
            var next = (ulong[])prev.Clone();
            if (w[k] <= cap)
            {
                var shift = (int)w[k];
                int ws = shift / 64, bs = shift % 64;
                for (var i = words - 1; i >= ws; i--)
                {
                    var v = prev[i - ws] << bs;
                    if (bs != 0 && i - ws - 1 >= 0) v |= prev[i - ws - 1] >> (64 - bs);
                    next[i] |= v;
                }

                var extra = words * 64 - 1 - cap;
                if (extra > 0) next[words - 1] &= ulong.MaxValue >> extra;
            }

            layers[k + 1] = next;
        }

        var top = layers[w.Length];
        var excluded = cap;
        while ((top[excluded / 64] >> (excluded % 64) & 1) == 0) excluded--;
        var chosen = new List<int>();
        var rem = excluded;
        for (var k = w.Length - 1; k >= 0; k--)
        {
            var inPrev = (layers[k][rem / 64] >> (rem % 64) & 1) != 0;
            if (inPrev)
            {
                chosen.Add(k); // not excluded ⇒ in the cover
                continue;
            }

            rem -= (int)w[k];
        }

        var total = w.Aggregate(BigInteger.Zero, (a, x) => a + x);
        return (total - excluded, chosen.ToArray());
    }
}
