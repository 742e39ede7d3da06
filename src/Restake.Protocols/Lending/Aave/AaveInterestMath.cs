using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>Aave MathUtils: linear (supply) and 3-term Taylor compounded (borrow) interest factors in ray.</summary>
public static class AaveInterestMath
{
    /// <summary>SECONDS_PER_YEAR = 365 days.</summary>
    public static readonly UInt256 SecondsPerYear = 365UL * 24 * 3600;

    /// <summary>calculateLinearInterest: RAY + rate·Δt / year (floor).</summary>
    public static UInt256 LinearInterest(UInt256 rate, ulong lastUpdate, ulong now)
    {
        var result = rate * (UInt256)(now - lastUpdate);
        return WadRayMath.RayUnit + result / SecondsPerYear;
    }

    /// <summary>calculateCompoundedInterest: RAY + x + x²/2 + x³/6 with x = rate·Δt/year, in the contract's truncations.</summary>
    public static UInt256 CompoundedInterest(UInt256 rate, ulong lastUpdate, ulong now)
    {
        var exp = now - lastUpdate;
        if (exp == 0) return WadRayMath.RayUnit;
        UInt256 e = exp;
        UInt256 expMinusOne = exp - 1;
        UInt256 expMinusTwo = exp > 2 ? exp - 2 : 0;
        var basePowerTwo = WadRayMath.RayMul(rate, rate) / (SecondsPerYear * SecondsPerYear);
        var basePowerThree = WadRayMath.RayMul(basePowerTwo, rate) / SecondsPerYear;
        var secondTerm = e * expMinusOne * basePowerTwo / 2;
        var thirdTerm = e * expMinusOne * expMinusTwo * basePowerThree / 6;
        return WadRayMath.RayUnit + rate * e / SecondsPerYear + secondTerm + thirdTerm;
    }
}
