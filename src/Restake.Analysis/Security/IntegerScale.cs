using System.Numerics;
using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>
/// The common denominator L of a network's stakes, allocations and profits: every such value times L is an integer, so
/// integer solvers see the data exactly.
/// </summary>
public sealed class IntegerScale
{
    private IntegerScale(BigInteger factor) => Factor = factor;

    /// <summary>L.</summary>
    public BigInteger Factor { get; }

    /// <summary>The LCM of all denominators in <paramref name="g"/>.</summary>
    public static IntegerScale Of(RestakingNetwork g)
    {
        var l = BigInteger.One;
        void Add(Rational r) => l = l / BigInteger.GreatestCommonDivisor(l, r.Denominator) * r.Denominator;
        foreach (var v in g.Validators) Add(v.Stake);
        foreach (var s in g.Services)
        {
            Add(s.Profit);
            foreach (var e in s.Edges) Add(e.Weight);
        }

        return new IntegerScale(l);
    }

    /// <summary>value × L (exact; throws if not an integer).</summary>
    public BigInteger ToInteger(Rational value)
    {
        var scaled = value * new Rational(Factor, 1);
        if (!scaled.Denominator.IsOne) throw new InvalidOperationException($"{value} is not a multiple of 1/{Factor}");
        return scaled.Numerator;
    }

    /// <summary>n / L.</summary>
    public Rational FromInteger(BigInteger n) => new(n, Factor);
}
