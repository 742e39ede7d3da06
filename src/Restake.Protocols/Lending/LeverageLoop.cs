using System.Numerics;
using Restake.Numerics;

namespace Restake.Protocols.Lending;

/// <summary>
/// A leveraged loop held at a target health factor: with liquidation threshold LT, HF = LT/λ where λ is the
/// borrowed fraction of collateral value, so the equity multiple is L = 1/(1 − λ) = 1/(1 − LT/HF), computed exactly.
/// </summary>
public static class LeverageLoop
{
    /// <summary>
    /// L = 1/(1 − LT/HF) for LT in basis points and HF in WAD. Throws <see cref="ArgumentOutOfRangeException"/> when
    /// HF ≤ LT (no finite loop sits at or below the threshold).
    /// </summary>
    public static Rational LeverageAtHealthFactor(UInt256 liquidationThresholdBps, UInt256 healthFactorWad)
    {
        if (healthFactorWad.IsZero) throw new ArgumentOutOfRangeException(nameof(healthFactorWad), "health factor must be positive");
        var lambda = new Rational(liquidationThresholdBps.ToBigInteger() * BigInteger.Pow(10, 14), healthFactorWad.ToBigInteger());
        if (lambda >= Rational.One)
            throw new ArgumentOutOfRangeException(nameof(healthFactorWad), "health factor must exceed the liquidation threshold");
        return Rational.One / (Rational.One - lambda);
    }

    /// <summary>The borrowed fraction λ = LT/HF that holds the loop at <paramref name="healthFactorWad"/>.</summary>
    public static Rational LoanToValueAtHealthFactor(UInt256 liquidationThresholdBps, UInt256 healthFactorWad) =>
        new(liquidationThresholdBps.ToBigInteger() * BigInteger.Pow(10, 14), healthFactorWad.ToBigInteger());
}
