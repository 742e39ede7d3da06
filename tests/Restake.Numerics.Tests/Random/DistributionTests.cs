using CsCheck;
using Restake.Numerics.Random;

namespace Restake.Numerics.Tests.Random;

/// <summary>Moment and goodness-of-fit checks, each with a tolerance of about five standard errors.</summary>
public class DistributionTests
{
    private const int N = 200_000;

    private static (double Mean, double Variance) Moments(Func<RandomStream, double> draw, ulong process)
    {
        var s = new RandomStream(2024, 0, (uint)process);
        var xs = new double[N];
        for (var i = 0; i < N; i++) xs[i] = draw(s);
        var mean = xs.Average();
        return (mean, xs.Sum(x => (x - mean) * (x - mean)) / (N - 1));
    }

    private static void AssertMoments(Func<RandomStream, double> draw, double mean, double variance, ulong process,
        double fourthCentral = double.NaN)
    {
        var (m, v) = Moments(draw, process);
        Assert.InRange(m, mean - 5 * Math.Sqrt(variance / N), mean + 5 * Math.Sqrt(variance / N));
        // Var of the sample variance ≈ (μ4 − σ⁴)/n; with μ4 unknown, 3σ⁴ (normal) is a loose stand-in scaled up.
        var mu4 = double.IsNaN(fourthCentral) ? 10 * variance * variance : fourthCentral;
        var tol = 5 * Math.Sqrt((mu4 - variance * variance) / N);
        Assert.InRange(v, variance - tol, variance + tol);
    }

    [Fact]
    public void Uniform_has_mean_one_half_and_variance_one_twelfth() =>
        AssertMoments(s => s.NextDouble(), 0.5, 1.0 / 12, 1, 1.0 / 80);

    [Fact]
    public void Normal_is_standard() => AssertMoments(s => s.NextNormal(), 0, 1, 2, 3);

    [Fact]
    public void Normal_tails_match_the_standard_normal()
    {
        var s = new RandomStream(3, 3, 3);
        var beyond2 = 0;
        for (var i = 0; i < N; i++)
            if (Math.Abs(s.NextNormal()) > 2) beyond2++;
        const double p = 0.0455002638963584; // P(|Z| > 2)
        Assert.InRange(beyond2 / (double)N, p - 5 * Math.Sqrt(p * (1 - p) / N), p + 5 * Math.Sqrt(p * (1 - p) / N));
    }

    [Fact]
    public void Exponential_has_mean_one_over_rate() => AssertMoments(s => s.NextExponential(4), 0.25, 1.0 / 16, 3);

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.001)]
    public void Bernoulli_has_mean_p(double p) =>
        AssertMoments(s => s.NextBernoulli(p) ? 1 : 0, p, p * (1 - p), 4, p * (1 - p) * (1 - 3 * p + 3 * p * p));

    [Fact]
    public void Bernoulli_edges_are_certain()
    {
        var s = new RandomStream(1, 1, 1);
        for (var i = 0; i < 1000; i++)
        {
            Assert.False(s.NextBernoulli(0));
            Assert.True(s.NextBernoulli(1));
        }
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(3)]
    [InlineData(9.99)]
    [InlineData(10)]
    [InlineData(47.5)]
    [InlineData(5000)]
    public void Poisson_has_equal_mean_and_variance(double mean) =>
        AssertMoments(s => s.NextPoisson(mean), mean, mean, 5, mean * (1 + 3 * mean));

    [Theory]
    [InlineData(365, 0.0004)]
    [InlineData(20, 0.3)]
    [InlineData(100, 0.3)]
    [InlineData(100, 0.85)]
    [InlineData(100000, 0.5)]
    public void Binomial_has_mean_np_and_variance_npq(long n, double p) =>
        AssertMoments(s => s.NextBinomial(n, p), n * p, n * p * (1 - p), 6);

    [Fact]
    public void Geometric_has_mean_q_over_p() => AssertMoments(s => s.NextGeometric(0.2), 4, 20, 7, 2000);

    [Fact]
    public void Jump_has_compound_poisson_moments()
    {
        const double lambda = 0.5, mu = -0.1, sigma = 0.2;
        // E = λμ, Var = λ(σ² + μ²).
        AssertMoments(s => s.NextJump(lambda, mu, sigma), lambda * mu, lambda * (sigma * sigma + mu * mu), 8);
    }

    [Fact]
    public void Jump_with_prepared_exponential_draws_the_same_bits()
    {
        // Means on both sides of the inversion limit and zero; each pair of streams starts on the same key.
        Gen.Select(Gen.Double[0, 30], Gen.Double[-1, 1], Gen.Double[0, 1], Gen.ULong)
            .Sample((lambda, mu, sigma, seed) =>
            {
                var plain = new RandomStream(seed, 1, 2);
                var prepared = new RandomStream(seed, 1, 2);
                var expNeg = Math.Exp(-lambda);
                for (var i = 0; i < 20; i++)
                    Assert.Equal(
                        BitConverter.DoubleToInt64Bits(plain.NextJump(lambda, mu, sigma)),
                        BitConverter.DoubleToInt64Bits(prepared.NextJump(lambda, expNeg, mu, sigma)));
                Assert.Equal(plain.NextUInt64(), prepared.NextUInt64());
            }, iter: 2_000);
    }

    [Theory]
    [InlineData(40, 0.35)] // rejection branch (n·p = 14)
    [InlineData(30, 0.2)] // inversion branch (n·p = 6)
    public void Binomial_frequencies_match_the_pmf(long n, double p)
    {
        var counts = new int[n + 1];
        var s = new RandomStream(11, 0, 0);
        for (var i = 0; i < N; i++) counts[s.NextBinomial(n, p)]++;
        AssertFrequencies(counts, k => Math.Exp(LogFactorial.Of(n) - LogFactorial.Of(k) - LogFactorial.Of(n - k)
                                                + k * Math.Log(p) + (n - k) * Math.Log(1 - p)));
    }

    [Theory]
    [InlineData(25)] // rejection branch
    [InlineData(4)] // inversion branch
    public void Poisson_frequencies_match_the_pmf(double mean)
    {
        var counts = new int[(int)(mean * 4 + 20)];
        var s = new RandomStream(12, 0, 0);
        for (var i = 0; i < N; i++)
        {
            var k = s.NextPoisson(mean);
            if (k < counts.Length) counts[k]++;
        }

        AssertFrequencies(counts, k => Math.Exp(-mean + k * Math.Log(mean) - LogFactorial.Of(k)));
    }

    private static void AssertFrequencies(int[] counts, Func<int, double> pmf)
    {
        // Each cell with expected count ≥ 20: |observed − expected| within 5 standard deviations.
        for (var k = 0; k < counts.Length; k++)
        {
            var expected = N * pmf(k);
            if (expected < 20) continue;
            var sd = Math.Sqrt(expected * (1 - pmf(k)));
            Assert.InRange(counts[k], expected - 5 * sd, expected + 5 * sd);
        }
    }

    [Fact]
    public void Invalid_parameters_are_rejected()
    {
        var s = new RandomStream(1, 1, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => s.NextBernoulli(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.NextBernoulli(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.NextPoisson(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.NextBinomial(-1, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.NextExponential(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.NextGeometric(0));
    }

    [Fact]
    public void Log_factorial_matches_summed_logs_across_the_table_edge()
    {
        double sum = 0;
        for (var k = 1; k <= 400; k++)
        {
            sum += Math.Log(k);
            Assert.Equal(sum, LogFactorial.Of(k), sum * 1e-13);
        }
    }

    [Fact]
    public void Log1p_keeps_precision_for_tiny_arguments()
    {
        Assert.Equal(1e-18, Log1p.Of(1e-18));
        const double x = -2e-4; // Taylor series to x⁵ is exact to double precision here
        var series = x - x * x / 2 + x * x * x / 3 - x * x * x * x / 4 + x * x * x * x * x / 5;
        Assert.Equal(series, Log1p.Of(x), 1e-19);
        Assert.Equal(Math.Log(2), Log1p.Of(1), 1e-15);
    }
}
