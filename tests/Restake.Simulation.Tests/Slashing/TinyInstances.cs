using CsCheck;
using Restake.Simulation.Slashing;

namespace Restake.Simulation.Tests.Slashing;

/// <summary>Small instances for exact comparisons, hand-made and generated.</summary>
internal static class TinyInstances
{
    /// <summary>One group of three AVSs (so the calm-group conditioning and shocks both matter), two weighted operators.</summary>
    public static SlashingInstance ThreeAvsOneGroup(int days = 3, long paths = 400_000) => new(
        [new("a", 10), new("b", 20), new("c", 5)],
        [new("s1", 0.05, 0.5, "g"), new("s2", 0.08, 0.3, "g"), new("s3", 0.02, 0.9, "g")],
        [new("g", 0.1, 0.6)],
        [new("a", "s1", 0.4), new("a", "s3", 0.5), new("b", "s2", 0.7), new("b", "s3", 0.2), new("c", "s1", 1.0)],
        0.5,
        new Dictionary<string, double> { ["a"] = 0.6, ["b"] = 0.4 },
        days, paths, 7);

    /// <summary>
    /// Three groups; one group's only AVS is allocated to an operator the LRT does not hold, and that operator also
    /// shares AVSs with the held ones: what cannot move the NAV must not change the law.
    /// </summary>
    public static SlashingInstance ThreeGroups(int days = 2, long paths = 400_000) => new(
        [new("a", 1), new("b", 1), new("c", 1)],
        [new("s1", 0.05, 0.5, "g1"), new("s2", 0.1, 0.3, "g1"), new("s3", 0.04, 0.8, "g2"), new("s4", 0.02, 1, "g2"),
            new("s5", 0.3, 1, "g3")],
        [new("g1", 0.2, 0.5), new("g2", 0.1, 0.7), new("g3", 0.5, 0.9)],
        [new("a", "s1", 0.3), new("a", "s3", 0.4), new("b", "s2", 0.5), new("b", "s4", 0.2), new("c", "s4", 0.5),
            new("c", "s5", 0.5)],
        0.6,
        new Dictionary<string, double> { ["a"] = 0.5, ["b"] = 0.5 },
        days, paths, 5);

    /// <summary>One operator, one AVS: the NAV law is a function of a single count.</summary>
    public static SlashingInstance OneAvs(int days = 5, long paths = 400_000) => new(
        [new("a", 1)],
        [new("s", 0.03, 0.4, "g")],
        [new("g", 0.02, 0.5)],
        [new("a", "s", 0.75)],
        0.7,
        new Dictionary<string, double> { ["a"] = 1.0 },
        days, paths, 3);

    /// <summary>Random instances small enough to enumerate: ≤ 2 groups, ≤ 3 AVSs, ≤ 3 operators, ≤ 3 days.</summary>
    public static readonly Gen<SlashingInstance> Generated =
        from groupCount in Gen.Int[1, 2]
        from avsCount in Gen.Int[1, 3]
        from operatorCount in Gen.Int[1, 3]
        from days in Gen.Int[1, 3]
        from groups in Gen.Select(Gen.Double[0, 0.5], Gen.Double[0, 1]).Array[groupCount]
        from avss in Gen.Select(Gen.Double[0, 0.3], Gen.Double[0, 1], Gen.Int[0, groupCount - 1]).Array[avsCount]
        from links in Gen.Select(Gen.Bool, Gen.Double[0, 1]).Array[operatorCount * avsCount]
        from weights in Gen.Double[0.01, 1].Array[operatorCount]
        from r in Gen.Double[0, 1]
        select Build(groups, avss, links, weights, r, days);

    private static SlashingInstance Build((double, double)[] groups, (double, double, int)[] avss,
        (bool, double)[] links, double[] weights, double r, int days)
    {
        var operatorCount = weights.Length;
        var allocations = new List<SlashingAllocation>();
        for (var i = 0; i < operatorCount; i++)
        {
            // Scale so each operator's magnitudes sum to at most 1.
            var chosen = Enumerable.Range(0, avss.Length).Where(j => links[i * avss.Length + j].Item1).ToList();
            var total = chosen.Sum(j => links[i * avss.Length + j].Item2);
            foreach (var j in chosen)
                allocations.Add(new($"o{i}", $"s{j}", total > 1 ? links[i * avss.Length + j].Item2 / total : links[i * avss.Length + j].Item2));
        }

        var weightSum = weights.Sum();
        return new SlashingInstance(
            Enumerable.Range(0, operatorCount).Select(i => new SlashingOperator($"o{i}", 1)).ToList(),
            avss.Select((a, j) => new SlashingAvs($"s{j}", a.Item1, a.Item2, $"g{a.Item3}")).ToList(),
            groups.Select((g, k) => new SlashingGroup($"g{k}", g.Item1, g.Item2)).ToList(),
            allocations,
            r,
            Enumerable.Range(0, operatorCount).ToDictionary(i => $"o{i}", i => weights[i] / weightSum),
            days, 1000, 1);
    }
}
