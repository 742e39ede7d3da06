using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>
/// The kinked variable-rate model of Aave v3.2+ (DefaultReserveInterestRateStrategyV2); every parameter in ray.
/// Below the optimal usage the borrow rate rises along slope 1, above it along slope 2.
/// </summary>
public sealed record InterestRateModel(
    UInt256 OptimalUsageRatio,
    UInt256 BaseVariableBorrowRate,
    UInt256 VariableRateSlope1,
    UInt256 VariableRateSlope2)
{
    private static readonly UInt256 BpsToRay = UInt256.Parse("100000000000000000000000"); // 1e23

    /// <summary>The model from basis-point parameters as the strategy stores them (converted ×1e23 to ray).</summary>
    public static InterestRateModel FromBps(ulong optimalUsage, ulong baseRate, ulong slope1, ulong slope2) =>
        new(optimalUsage * BpsToRay, baseRate * BpsToRay, slope1 * BpsToRay, slope2 * BpsToRay);

    /// <summary>
    /// calculateInterestRates: (liquidity rate, variable borrow rate) for total debt <paramref name="totalDebt"/> and
    /// available liquidity <paramref name="availableLiquidity"/> (virtual balance after the operation).
    /// </summary>
    public (UInt256 LiquidityRate, UInt256 VariableBorrowRate) Rates(
        UInt256 totalDebt, UInt256 availableLiquidity, UInt256 reserveFactor)
    {
        var borrowRate = BaseVariableBorrowRate;
        if (totalDebt.IsZero) return (UInt256.Zero, borrowRate);
        var usage = WadRayMath.RayDiv(totalDebt, availableLiquidity + totalDebt);
        if (usage > OptimalUsageRatio)
        {
            var excess = WadRayMath.RayDiv(usage - OptimalUsageRatio, WadRayMath.RayUnit - OptimalUsageRatio);
            borrowRate += VariableRateSlope1 + WadRayMath.RayMul(VariableRateSlope2, excess);
        }
        else
        {
            borrowRate += WadRayMath.RayDiv(WadRayMath.RayMul(VariableRateSlope1, usage), OptimalUsageRatio);
        }

        var liquidityRate = PercentageMath.PercentMul(
            WadRayMath.RayMul(borrowRate, usage), PercentageMath.PercentageFactor - reserveFactor);
        return (liquidityRate, borrowRate);
    }
}
