namespace Restake.Numerics.Random;

/// <summary>Exact samplers for the distributions the simulation draws from, all reading only this stream.</summary>
public sealed partial class RandomStream
{
    // Below these means inversion is cheap (expected work ∝ mean); above them transformed rejection is O(1).
    private const double PoissonInversionLimit = 10;
    private const double BinomialInversionLimit = 10;

    /// <summary>A standard normal by the Box–Muller transform; the second variate of each pair is kept for the next call.</summary>
    public double NextNormal()
    {
        if (_hasSpareNormal)
        {
            _hasSpareNormal = false;
            return _spareNormal;
        }

        var radius = Math.Sqrt(-2.0 * Math.Log(NextOpenDouble()));
        var angle = 2.0 * Math.PI * NextDouble();
        _spareNormal = radius * Math.Sin(angle);
        _hasSpareNormal = true;
        return radius * Math.Cos(angle);
    }

    /// <summary>A normal with the given mean and standard deviation.</summary>
    public double NextNormal(double mean, double standardDeviation) => mean + standardDeviation * NextNormal();

    /// <summary>An exponential variate with the given rate (mean 1/rate).</summary>
    public double NextExponential(double rate)
    {
        if (!(rate > 0)) throw new ArgumentOutOfRangeException(nameof(rate), rate, "Rate must be positive.");
        return -Math.Log(NextOpenDouble()) / rate;
    }

    /// <summary>True with probability <paramref name="p"/> (one uniform per call, also when p is 0 or 1).</summary>
    public bool NextBernoulli(double p)
    {
        CheckProbability(p);
        return NextDouble() < p;
    }

    /// <summary>Number of failures before the first success in Bernoulli(p) trials.</summary>
    public long NextGeometric(double p)
    {
        CheckProbability(p);
        if (p == 0) throw new ArgumentOutOfRangeException(nameof(p), p, "A geometric variate needs p > 0.");
        if (p == 1) return 0;
        var draws = Math.Floor(Math.Log(NextOpenDouble()) / Log1p.Of(-p));
        return draws >= long.MaxValue ? long.MaxValue : (long)draws;
    }

    /// <summary>A Poisson variate: inversion for small means, Hörmann's PTRS transformed rejection otherwise.</summary>
    public long NextPoisson(double mean)
    {
        if (!(mean >= 0) || double.IsInfinity(mean))
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "Poisson mean must be finite and ≥ 0.");
        if (mean == 0) return 0;
        return mean < PoissonInversionLimit ? PoissonByInversion(mean) : PoissonByRejection(mean);
    }

    /// <summary>A Binomial(n, p) variate: inversion for small n·min(p, 1−p), Hörmann's BTRS otherwise.</summary>
    public long NextBinomial(long n, double p)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "Trials must be ≥ 0.");
        CheckProbability(p);
        if (n == 0 || p == 0) return 0;
        if (p == 1) return n;
        var flip = p > 0.5;
        var q = flip ? 1 - p : p;
        var k = InvertsBinomial(n, q) ? BinomialByInversion(n, q) : BinomialByRejection(n, q);
        return flip ? n - k : k;
    }

    /// <summary>
    /// The total of a compound-Poisson jump over one step: N ~ Poisson(<paramref name="expectedJumps"/>) jumps, each
    /// Normal(<paramref name="jumpMean"/>, <paramref name="jumpStandardDeviation"/>) — drawn as N·μ + σ·√N·Z.
    /// </summary>
    public double NextJump(double expectedJumps, double jumpMean, double jumpStandardDeviation)
    {
        CheckJumpDeviation(jumpStandardDeviation);
        return JumpTotal(NextPoisson(expectedJumps), jumpMean, jumpStandardDeviation);
    }

    /// <summary>
    /// <see cref="NextJump(double, double, double)"/> with e^−λ supplied (<paramref name="expNegExpectedJumps"/> must be
    /// <c>Math.Exp(-expectedJumps)</c>), for callers that draw many steps of one length: the same numbers, the same bits.
    /// </summary>
    public double NextJump(double expectedJumps, double expNegExpectedJumps, double jumpMean, double jumpStandardDeviation)
    {
        CheckJumpDeviation(jumpStandardDeviation);
        var jumps = expectedJumps > 0 && expectedJumps < PoissonInversionLimit
            ? PoissonByInversion(expectedJumps, expNegExpectedJumps)
            : NextPoisson(expectedJumps);
        return JumpTotal(jumps, jumpMean, jumpStandardDeviation);
    }

    private static void CheckJumpDeviation(double jumpStandardDeviation)
    {
        if (!(jumpStandardDeviation >= 0))
            throw new ArgumentOutOfRangeException(nameof(jumpStandardDeviation), jumpStandardDeviation, "Must be ≥ 0.");
    }

    private double JumpTotal(long jumps, double jumpMean, double jumpStandardDeviation) =>
        jumps == 0 ? 0 : jumps * jumpMean + jumpStandardDeviation * Math.Sqrt(jumps) * NextNormal();

    /// <summary>Whether Binomial(n, p) with p ≤ ½ is drawn by inversion (one uniform, work ∝ n·p).</summary>
    internal static bool InvertsBinomial(long n, double p) => n * p < BinomialInversionLimit;

    private long PoissonByInversion(double mean) => PoissonByInversion(mean, Math.Exp(-mean));

    private long PoissonByInversion(double mean, double expNegMean)
    {
        var u = NextDouble();
        var probability = expNegMean;
        var cumulative = probability;
        long k = 0;
        // The tail beyond mean + 60 is below 1e-30 for mean < 10; the bound only guards against rounding.
        while (u >= cumulative && k < 1000)
        {
            k++;
            probability *= mean / k;
            cumulative += probability;
        }

        return k;
    }

    private long PoissonByRejection(double mean)
    {
        var sqrtMean = Math.Sqrt(mean);
        var logMean = Math.Log(mean);
        var b = 0.931 + 2.53 * sqrtMean;
        var a = -0.059 + 0.02483 * b;
        var inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
        var acceptBox = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            var u = NextDouble() - 0.5;
            var v = NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= acceptBox) return (long)k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Math.Log(v) + Math.Log(inverseAlpha) - Math.Log(a / (us * us) + b)
                <= -mean + k * logMean - LogFactorial.Of(k))
                return (long)k;
        }
    }

    private long BinomialByInversion(long n, double p)
    {
        var q = 1 - p;
        var ratio = p / q;
        var a = (n + 1) * ratio;
        var probability = Math.Exp(n * Log1p.Of(-p));
        var u = NextDouble();
        long k = 0;
        while (u >= probability && k < n)
        {
            u -= probability;
            k++;
            probability *= a / k - ratio;
        }

        return k;
    }

    private long BinomialByRejection(long n, double p)
    {
        var q = 1 - p;
        var spq = Math.Sqrt(n * p * q);
        var b = 1.15 + 2.53 * spq;
        var a = -0.0873 + 0.0248 * b + 0.01 * p;
        var c = n * p + 0.5;
        var acceptBox = 0.92 - 4.2 / b;
        var alpha = (2.83 + 5.1 / b) * spq;
        var logOdds = Math.Log(p / q);
        var mode = Math.Floor((n + 1) * p);
        var h = LogFactorial.Of(mode) + LogFactorial.Of(n - mode);
        while (true)
        {
            var u = NextDouble() - 0.5;
            var v = NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) continue;
            if (us >= 0.07 && v <= acceptBox) return (long)k;
            var logV = Math.Log(v * alpha / (a / (us * us) + b));
            if (logV <= h - LogFactorial.Of(k) - LogFactorial.Of(n - k) + (k - mode) * logOdds) return (long)k;
        }
    }

    private static void CheckProbability(double p)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "Probability must be in [0, 1].");
    }
}
