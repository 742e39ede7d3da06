using Restake.Simulation.Slashing;

namespace Restake.Simulation.Tests.Slashing;

/// <summary>
/// The exact NAV distribution of a tiny instance by enumerating, day by day, every group shock, every AVS fault and
/// every implication exactly as the reference dynamics state them. States are implication counts per allocation, so
/// no floating rounding enters the keys.
/// </summary>
internal static class ExactDistribution
{
    public static Dictionary<double, double> Nav(SlashingInstance instance)
    {
        var allocations = instance.Allocations;
        var avsIndex = instance.Avss.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var states = new Dictionary<string, (int[] Counts, double P)> { [""] = (new int[allocations.Count], 1.0) };
        var outcomes = DailyOutcomes(instance, avsIndex);
        for (var day = 0; day < instance.Days; day++)
        {
            var next = new Dictionary<string, (int[] Counts, double P)>();
            foreach (var (counts, p) in states.Values)
                foreach (var (increments, q) in outcomes)
                {
                    var c = counts.Zip(increments, (a, b) => a + b).ToArray();
                    var key = string.Join(",", c);
                    next[key] = (c, (next.TryGetValue(key, out var e) ? e.P : 0) + p * q);
                }

            states = next;
        }

        var result = new Dictionary<double, double>();
        foreach (var (counts, p) in states.Values)
        {
            var nav = Nav(instance, counts);
            result[nav] = result.GetValueOrDefault(nav) + p;
        }

        return result;
    }

    /// <summary>NAV from implication counts, rounded to 12 digits so MC paths with the same counts share a key.</summary>
    public static double Nav(SlashingInstance instance, int[] counts)
    {
        var avss = instance.Avss.ToDictionary(a => a.Id);
        var loss = 0.0;
        foreach (var op in instance.Operators)
        {
            var x = 1.0;
            for (var a = 0; a < counts.Length; a++)
            {
                var alloc = instance.Allocations[a];
                if (alloc.Operator == op.Id) x *= Math.Pow(1 - avss[alloc.Avs].SlashFraction * alloc.Magnitude, counts[a]);
            }

            loss += instance.LrtWeights.GetValueOrDefault(op.Id) * (1 - x);
        }

        return Math.Round(1 - loss, 12);
    }

    // One day's joint outcomes, merged by their effect: (implications per allocation, probability).
    private static List<(int[] Increments, double P)> DailyOutcomes(SlashingInstance instance, Dictionary<string, int> avsIndex)
    {
        var merged = new Dictionary<string, (int[] Increments, double P)>();
        foreach (var (increments, p) in AllDailyOutcomes(instance, avsIndex))
        {
            var key = string.Join(",", increments);
            merged[key] = (increments, (merged.TryGetValue(key, out var e) ? e.P : 0) + p);
        }

        return [.. merged.Values];
    }

    private static List<(int[] Increments, double P)> AllDailyOutcomes(SlashingInstance instance, Dictionary<string, int> avsIndex)
    {
        var result = new List<(int[], double)>();
        var groups = instance.Groups;
        for (var shockMask = 0; shockMask < 1 << groups.Count; shockMask++)
        {
            var pShock = 1.0;
            for (var k = 0; k < groups.Count; k++)
                pShock *= (shockMask >> k & 1) == 1 ? groups[k].DailyShockProbability : 1 - groups[k].DailyShockProbability;
            for (var faultMask = 0; faultMask < 1 << instance.Avss.Count; faultMask++)
            {
                var pFault = pShock;
                for (var j = 0; j < instance.Avss.Count; j++)
                {
                    var avs = instance.Avss[j];
                    var k = groups.ToList().FindIndex(g => g.Id == avs.Group);
                    var pj = (shockMask >> k & 1) == 1 ? groups[k].FaultProbabilityWhenShocked : avs.DailyFaultProbability;
                    pFault *= (faultMask >> j & 1) == 1 ? pj : 1 - pj;
                }

                var exposed = Enumerable.Range(0, instance.Allocations.Count)
                    .Where(a => (faultMask >> avsIndex[instance.Allocations[a].Avs] & 1) == 1).ToArray();
                var r = instance.ImplicationProbability;
                for (var hitMask = 0; hitMask < 1 << exposed.Length; hitMask++)
                {
                    var increments = new int[instance.Allocations.Count];
                    var p = pFault;
                    for (var e = 0; e < exposed.Length; e++)
                    {
                        var hit = (hitMask >> e & 1) == 1;
                        if (hit) increments[exposed[e]] = 1;
                        p *= hit ? r : 1 - r;
                    }

                    if (p > 0) result.Add((increments, p));
                }
            }
        }

        return result;
    }
}
