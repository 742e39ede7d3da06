using CsCheck;
using Restake.Simulation.Statistics;

namespace Restake.Simulation.Tests.Statistics;

public class NavSummaryTests
{
    private static readonly Gen<double[]> Navs =
        Gen.OneOf(Gen.Double[0, 1.2], Gen.Const(1.0), Gen.Int[0, 4].Select(i => i * 0.25)).Array[2, 300];

    [Fact]
    public void Kth_smallest_agrees_with_sorting() =>
        Navs.SelectMany(v => Gen.Int[0, v.Length - 1].Select(k => (v, k))).Sample(t =>
        {
            var sorted = t.v.Order().ToArray();
            return Selection.KthSmallest(t.v.ToArray(), t.k) == sorted[t.k];
        });

    [Fact]
    public void Summary_agrees_with_its_sort_based_definition() =>
        Navs.Sample(navs =>
        {
            var summary = NavSummary.Of(navs);
            var n = navs.Length;
            var sorted = navs.Order().ToArray();
            var k = (int)Math.Ceiling(0.01 * n);
            var mean = navs.Average();
            var stdErr = Math.Sqrt(navs.Sum(v => (v - mean) * (v - mean)) / (n - 1) / n);
            return Math.Abs(summary.Mean - mean) < 1e-12
                   && Math.Abs(summary.StdErr - stdErr) < 1e-12
                   && summary.PLoss == navs.Count(v => v < 1) / (double)n
                   && summary.ValueAtRisk == 1 - sorted[k - 1]
                   && Math.Abs(summary.ConditionalValueAtRisk - (1 - sorted.Take(k).Average())) < 1e-12;
        });

    [Fact]
    public void Tail_of_five_hundred_paths_averages_the_five_worst()
    {
        var navs = Enumerable.Repeat(1.0, 500).ToArray();
        double[] worst = [0.5, 0.6, 0.7, 0.8, 0.9];
        for (var i = 0; i < worst.Length; i++) navs[i * 97] = worst[i];
        var summary = NavSummary.Of(navs);
        Assert.Equal(1 - 0.9, summary.ValueAtRisk, 1e-15);
        Assert.Equal(1 - 0.7, summary.ConditionalValueAtRisk, 1e-15);
        Assert.Equal(0.01, summary.PLoss);
    }
}
