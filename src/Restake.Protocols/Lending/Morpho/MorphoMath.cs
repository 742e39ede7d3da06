using Restake.Numerics;

namespace Restake.Protocols.Lending.Morpho;

/// <summary>Morpho Blue MathLib and SharesMathLib: WAD fixed point, explicit rounding, virtual shares and assets.</summary>
public static class MorphoMath
{
    /// <summary>VIRTUAL_SHARES = 1e6.</summary>
    public static readonly UInt256 VirtualShares = 1_000_000;

    /// <summary>VIRTUAL_ASSETS = 1.</summary>
    public static readonly UInt256 VirtualAssets = 1;

    /// <summary>ORACLE_PRICE_SCALE = 1e36.</summary>
    public static readonly UInt256 OraclePriceScale = UInt256.Parse("1000000000000000000000000000000000000");

    public static UInt256 WMulDown(UInt256 x, UInt256 y) => MulDivDown(x, y, Wad.One);
    public static UInt256 WDivDown(UInt256 x, UInt256 y) => MulDivDown(x, Wad.One, y);
    public static UInt256 WDivUp(UInt256 x, UInt256 y) => MulDivUp(x, Wad.One, y);

    /// <summary>mulDivDown as Morpho writes it: <c>(x*y)/d</c> with a checked 256-bit product.</summary>
    public static UInt256 MulDivDown(UInt256 x, UInt256 y, UInt256 d) => x * y / d;

    /// <summary>mulDivUp: <c>(x*y + (d-1))/d</c> with a checked 256-bit product.</summary>
    public static UInt256 MulDivUp(UInt256 x, UInt256 y, UInt256 d) => (x * y + (d - UInt256.One)) / d;

    /// <summary>wTaylorCompounded(x, n): e^(x·n) − 1 to three terms, each truncated.</summary>
    public static UInt256 WTaylorCompounded(UInt256 x, UInt256 n)
    {
        var firstTerm = x * n;
        var secondTerm = MulDivDown(firstTerm, firstTerm, 2 * Wad.One);
        var thirdTerm = MulDivDown(secondTerm, firstTerm, 3 * Wad.One);
        return firstTerm + secondTerm + thirdTerm;
    }

    public static UInt256 ToSharesDown(UInt256 assets, UInt256 totalAssets, UInt256 totalShares) =>
        MulDivDown(assets, totalShares + VirtualShares, totalAssets + VirtualAssets);

    public static UInt256 ToSharesUp(UInt256 assets, UInt256 totalAssets, UInt256 totalShares) =>
        MulDivUp(assets, totalShares + VirtualShares, totalAssets + VirtualAssets);

    public static UInt256 ToAssetsDown(UInt256 shares, UInt256 totalAssets, UInt256 totalShares) =>
        MulDivDown(shares, totalAssets + VirtualAssets, totalShares + VirtualShares);

    public static UInt256 ToAssetsUp(UInt256 shares, UInt256 totalAssets, UInt256 totalShares) =>
        MulDivUp(shares, totalAssets + VirtualAssets, totalShares + VirtualShares);
}
