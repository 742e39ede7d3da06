using Restake.Analysis.Security.Solving;

namespace Restake.Analysis.Tests.Security.Solving;

public class SubsetSumsTests
{
    private static HashSet<long> BruteForce(long[] parts)
    {
        var sums = new HashSet<long>();
        for (var m = 0; m < 1 << parts.Length; m++)
            sums.Add(Enumerable.Range(0, parts.Length).Where(k => (m >> k & 1) != 0).Sum(k => parts[k]));
        return sums;
    }

    [Fact]
    public void Reachable_sums_intervals_and_realisations_match_enumeration()
    {
        var rng = new Random(7);
        for (var trial = 0; trial < 300; trial++)
        {
            var parts = Enumerable.Range(0, rng.Next(1, 11)).Select(_ => (long)rng.Next(1, rng.Next(2, 80))).ToArray();
            var sums = new SubsetSums(parts);
            var expected = BruteForce(parts);
            Assert.Equal(parts.Sum(), sums.Total);
            for (var x = -1L; x <= sums.Total + 1; x++)
            {
                Assert.Equal(expected.Contains(x), sums.Contains(x));
                Assert.Equal(expected.Contains(x), sums.Intervals.Any(iv => iv.Lo <= x && x <= iv.Hi));
                if (!expected.Contains(x)) continue;
                var chosen = sums.Realise(x);
                Assert.Equal(chosen.Length, chosen.Distinct().Count());
                Assert.Equal(x, chosen.Sum(k => parts[k]));
            }

            // Intervals are sorted, disjoint and not adjacent (a merged run is one interval).
            for (var i = 1; i < sums.Intervals.Count; i++) Assert.True(sums.Intervals[i].Lo > sums.Intervals[i - 1].Hi + 1);
            Assert.Throws<ArgumentException>(() => sums.Realise(sums.Total + 1));
        }
    }

    [Fact]
    public void Groups_merge_validators_with_the_same_services_and_map_sums_back()
    {
        var groups = new ValidatorGroups([(0, 5, [1, 2]), (1, 7, [1, 2]), (2, 3, [1]), (3, 9, [1, 2]), (4, 0, [1]), (5, 4, [])]);
        Assert.Equal(2, groups.Groups.Count); // zero stake and no service: left out
        var pair = groups.Groups.Single(gr => gr.Services.SequenceEqual([1, 2]));
        Assert.NotNull(pair.Sums);
        Assert.Equal(21, pair.Sums!.Total);
        foreach (var x in Enumerable.Range(0, 22).Where(x => pair.Sums.Contains(x)))
        {
            var chosen = pair.Chosen(x).ToHashSet();
            Assert.Equal(x, pair.ValueOf(chosen));
        }

        Assert.False(pair.Sums.Contains(6));
        var single = groups.Groups.Single(gr => gr.Services.SequenceEqual([1]));
        Assert.Null(single.Sums);
        Assert.Equal([2], single.Chosen(1));
        Assert.Equal(1, single.ValueOf(new HashSet<int> { 2 }));
    }
}
