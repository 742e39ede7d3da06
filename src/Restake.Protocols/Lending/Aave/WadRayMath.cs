using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>Aave v3.3 WadRayMath: WAD = 1e18, RAY = 1e27, every multiplication and division rounding half up.</summary>
public static class WadRayMath
{
    public static readonly UInt256 WadUnit = Wad.One;
    public static readonly UInt256 RayUnit = Wad.Ray;
    private static readonly UInt256 HalfWad = Wad.One / 2;
    private static readonly UInt256 HalfRay = Wad.Ray / 2;

    /// <summary>(a·b + WAD/2) / WAD.</summary>
    public static UInt256 WadMul(UInt256 a, UInt256 b) => (a * b + HalfWad) / WadUnit;

    /// <summary>(a·WAD + b/2) / b.</summary>
    public static UInt256 WadDiv(UInt256 a, UInt256 b) => (a * WadUnit + b / 2) / b;

    /// <summary>(a·b + RAY/2) / RAY.</summary>
    public static UInt256 RayMul(UInt256 a, UInt256 b) => (a * b + HalfRay) / RayUnit;

    /// <summary>(a·RAY + b/2) / b.</summary>
    public static UInt256 RayDiv(UInt256 a, UInt256 b) => (a * RayUnit + b / 2) / b;
}
