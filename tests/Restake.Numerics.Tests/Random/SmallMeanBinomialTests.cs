using CsCheck;
using Restake.Numerics.Random;

namespace Restake.Numerics.Tests.Random;

public class SmallMeanBinomialTests
{
    [Fact]
    public void Draws_equal_the_general_sampler_draw_for_draw() =>
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 400], Gen.ULong).Sample((p, maxTrials, seed) =>
        {
            var table = new SmallMeanBinomial(p, maxTrials);
            var a = new RandomStream(seed, 0, 0);
            var b = new RandomStream(seed, 0, 0);
            for (var trials = 0; trials <= maxTrials; trials += 1 + maxTrials / 20)
                if (table.Sample(a, trials) != b.NextBinomial(trials, p)) return false;
            return a.NextUInt64() == b.NextUInt64(); // and both consumed the same words
        });

    [Fact]
    public void Probability_of_zero_is_the_power_inside_and_outside_the_table()
    {
        var table = new SmallMeanBinomial(0.3, 365); // tabulated up to n·p < 10, i.e. n ≤ 33
        Assert.Equal(Math.Pow(0.7, 20), table.ProbabilityOfZero(20), 1e-15);
        Assert.Equal(Math.Pow(0.7, 200), table.ProbabilityOfZero(200), 1e-40);
    }

    [Theory]
    [InlineData(0.05, 30)] // tabulated
    [InlineData(0.3, 100)] // beyond the table: repeated draws
    public void At_least_one_follows_the_conditional_law(double p, int trials)
    {
        const int n = 100_000;
        var table = new SmallMeanBinomial(p, trials);
        var stream = new RandomStream(77, 0, 0);
        var counts = new int[trials + 1];
        for (var i = 0; i < n; i++) counts[table.SampleAtLeastOne(stream, trials)]++;
        Assert.Equal(0, counts[0]);
        var zero = Math.Pow(1 - p, trials);
        for (var k = 1; k <= trials; k++)
        {
            var pmf = Math.Exp(LogFactorial.Of(trials) - LogFactorial.Of(k) - LogFactorial.Of(trials - k)
                               + k * Math.Log(p) + (trials - k) * Math.Log(1 - p)) / (1 - zero);
            var sd = Math.Sqrt(n * pmf * (1 - pmf));
            Assert.InRange(counts[k], n * pmf - 5 * sd - 1, n * pmf + 5 * sd + 1);
        }
    }

    [Fact]
    public void Out_of_range_trials_are_refused()
    {
        var table = new SmallMeanBinomial(0.1, 10);
        var stream = new RandomStream(1, 1, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Sample(stream, 11));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.SampleAtLeastOne(stream, 0));
        Assert.Throws<InvalidOperationException>(() => new SmallMeanBinomial(0, 10).SampleAtLeastOne(stream, 3));
    }
}
