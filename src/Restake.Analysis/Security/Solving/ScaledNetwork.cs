using System.Numerics;
using Restake.Numerics;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// A network's data as 64-bit integers (values × L, see <see cref="IntegerScale"/>), with each threshold α_s = p/q
/// kept as the pair (p, q), so that every solver row is an exact integer inequality.
/// </summary>
public sealed class ScaledNetwork
{
    /// <summary>Largest total the solvers are given (keeps products with shock denominators and ratios in range).</summary>
    public const long MaxTotal = 1L << 52;

    /// <summary>Scales <paramref name="g"/>; throws when the integers would exceed <see cref="MaxTotal"/>.</summary>
    public ScaledNetwork(RestakingNetwork g)
    {
        Network = g;
        Scale = IntegerScale.Of(g);
        Stake = g.Validators.Select(v => ToLong(v.Stake)).ToArray();
        Profit = g.Services.Select(s => ToLong(s.Profit)).ToArray();
        Weight = g.Services.Select(s => s.Edges.Select(e => ToLong(e.Weight)).ToArray()).ToArray();
        ThresholdNum = g.Services.Select(s => (long)s.Threshold.Numerator).ToArray();
        ThresholdDen = g.Services.Select(s => (long)s.Threshold.Denominator).ToArray();
        var total = Scale.ToInteger(g.TotalStake) + g.Services.Aggregate(BigInteger.Zero, (a, s) => a + Scale.ToInteger(s.Profit));
        if (total > MaxTotal || ThresholdDen.Any(d => d > 1_000_000))
            throw new NotSupportedException($"'{g.Name}': after scaling by {Scale.Factor} the totals reach {total}, beyond exact 64-bit solving; restate the network in a coarser unit");
        TotalStake = (long)Scale.ToInteger(g.TotalStake);
    }

    /// <summary>The network.</summary>
    public RestakingNetwork Network { get; }

    /// <summary>L.</summary>
    public IntegerScale Scale { get; }

    /// <summary>σ_v × L.</summary>
    public long[] Stake { get; }

    /// <summary>π_s × L.</summary>
    public long[] Profit { get; }

    /// <summary>Edge weights × L, parallel to each service's edges.</summary>
    public long[][] Weight { get; }

    /// <summary>Numerator p of α_s.</summary>
    public long[] ThresholdNum { get; }

    /// <summary>Denominator q of α_s.</summary>
    public long[] ThresholdDen { get; }

    /// <summary>σ_V × L.</summary>
    public long TotalStake { get; }

    /// <summary>n / L as an exact rational.</summary>
    public Rational ToRational(long n) => Scale.FromInteger(n);

    private long ToLong(Rational r)
    {
        var n = Scale.ToInteger(r);
        if (n > MaxTotal) throw new NotSupportedException($"'{Network.Name}': value {r} scales to {n}, beyond exact 64-bit solving");
        return (long)n;
    }
}
