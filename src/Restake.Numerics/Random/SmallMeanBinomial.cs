using System.Runtime.CompilerServices;

namespace Restake.Numerics.Random;

/// <summary>
/// Binomial(n, p) for a fixed p and n ≤ <c>maxTrials</c>, with (1 − p)^n tabulated so that the common draw of zero
/// costs one uniform and one comparison. Draw for draw the same as <see cref="RandomStream.NextBinomial"/>: the table
/// covers exactly the trial counts that sampler inverts (n·p below its limit, p ≤ ½); other counts are passed to it.
/// </summary>
public sealed class SmallMeanBinomial
{
    private readonly double _p;
    private readonly double _ratio;
    private readonly double[] _probabilityOfZero;
    private readonly double _log1MinusP;

    /// <summary>Prepares draws with success probability <paramref name="p"/> and at most <paramref name="maxTrials"/> trials.</summary>
    public SmallMeanBinomial(double p, int maxTrials)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "Probability must be in [0, 1].");
        ArgumentOutOfRangeException.ThrowIfNegative(maxTrials);
        _p = p;
        MaxTrials = maxTrials;
        var tabulated = p > 0.5 ? 0 : maxTrials;
        while (tabulated > 0 && !RandomStream.InvertsBinomial(tabulated, p)) tabulated--;
        _ratio = p < 1 ? p / (1 - p) : 0;
        _probabilityOfZero = new double[tabulated + 1];
        _log1MinusP = Log1p.Of(-p);
        for (var n = 0; n <= tabulated; n++) _probabilityOfZero[n] = Math.Exp(n * _log1MinusP);
    }

    /// <summary>The largest number of trials this sampler serves.</summary>
    public int MaxTrials { get; }

    /// <summary>(1 − p)^trials, the probability of drawing zero.</summary>
    public double ProbabilityOfZero(int trials)
    {
        if ((uint)trials > (uint)MaxTrials) throw new ArgumentOutOfRangeException(nameof(trials), trials, "Above MaxTrials.");
        return trials < _probabilityOfZero.Length ? _probabilityOfZero[trials] : Math.Exp(trials * _log1MinusP);
    }

    /// <summary>A Binomial(<paramref name="trials"/>, p) draw from <paramref name="stream"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Sample(RandomStream stream, int trials)
    {
        if ((uint)trials > (uint)MaxTrials) throw new ArgumentOutOfRangeException(nameof(trials), trials, "Above MaxTrials.");
        if (trials == 0 || _p == 0) return 0;
        var table = _probabilityOfZero;
        if (trials >= table.Length) return (int)stream.NextBinomial(trials, _p);
        // The common draw (zero) stays inline; the rest of the inversion does not need to.
        var u = stream.NextDouble();
        var zero = table[trials];
        return u < zero ? 0 : Invert(u, trials, zero);
    }

    /// <summary>
    /// A draw conditioned on being at least one (p &gt; 0, trials ≥ 1): inversion of a uniform moved into
    /// [P(0), 1); outside the table, plain draws are repeated until one is positive (P(0) &lt; e^−10 there).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int SampleAtLeastOne(RandomStream stream, int trials)
    {
        if (trials < 1 || trials > MaxTrials) throw new ArgumentOutOfRangeException(nameof(trials), trials, "Needs 1 ≤ trials ≤ MaxTrials.");
        if (_p == 0) throw new InvalidOperationException("A positive draw is impossible when p = 0.");
        var table = _probabilityOfZero;
        if (trials >= table.Length)
        {
            while (true)
            {
                var k = (int)stream.NextBinomial(trials, _p);
                if (k > 0) return k;
            }
        }

        var zero = table[trials];
        return Invert(zero + stream.NextDouble() * (1 - zero), trials, zero);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Invert(double u, int trials, double probabilityOfZero)
    {
        var probability = probabilityOfZero;
        if (u < probability) return 0;
        var a = (trials + 1) * _ratio;
        var k = 0;
        while (u >= probability && k < trials)
        {
            u -= probability;
            k++;
            probability *= a / k - _ratio;
        }

        return k;
    }
}
