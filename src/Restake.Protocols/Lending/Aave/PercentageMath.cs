using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>Aave v3.3 PercentageMath: basis points (1e4 = 100 %), both operations rounding half up.</summary>
public static class PercentageMath
{
    /// <summary>PERCENTAGE_FACTOR = 1e4.</summary>
    public static readonly UInt256 PercentageFactor = 10_000;

    private static readonly UInt256 HalfPercentageFactor = 5_000;

    /// <summary>percentMul(v, p) = (v·p + 0.5e4) / 1e4.</summary>
    public static UInt256 PercentMul(UInt256 value, UInt256 percentage) =>
        (value * percentage + HalfPercentageFactor) / PercentageFactor;

    /// <summary>percentDiv(v, p) = (v·1e4 + p/2) / p.</summary>
    public static UInt256 PercentDiv(UInt256 value, UInt256 percentage) =>
        (value * PercentageFactor + percentage / 2) / percentage;
}
