namespace Restake.Numerics;

/// <summary>
/// Fixed-point helpers on WAD = 1e18 as the EigenLayer and Solady/OpenZeppelin libraries define them.
/// Each name states its rounding: the plain forms floor, the <c>RoundUp</c> forms take the ceiling. Multiplying or
/// dividing by exactly 1.0 (and dividing a value by itself) is exact in every rounding, so those skip the division.
/// </summary>
public static class Wad
{
    /// <summary>1e18, "1.0".</summary>
    public static readonly UInt256 One = 1_000_000_000_000_000_000UL;

    /// <summary>1e27 (ray), used by Aave indexes and Lido share rates.</summary>
    public static readonly UInt256 Ray = UInt256.Parse("1000000000000000000000000000");

    /// <summary>⌊x·y / 1e18⌋.</summary>
    public static UInt256 MulWad(UInt256 x, UInt256 y) =>
        y == One ? x : x == One ? y : UInt256.MulDiv(x, y, One, Rounding.Down);

    /// <summary>⌈x·y / 1e18⌉.</summary>
    public static UInt256 MulWadRoundUp(UInt256 x, UInt256 y) =>
        y == One ? x : x == One ? y : UInt256.MulDiv(x, y, One, Rounding.Up);

    /// <summary>⌊x·1e18 / y⌋; <c>Panic(0x12)</c> for y = 0.</summary>
    public static UInt256 DivWad(UInt256 x, UInt256 y) =>
        y == One ? x : x == y && !y.IsZero ? One : UInt256.MulDiv(x, One, y, Rounding.Down);

    /// <summary>⌈x·1e18 / y⌉; <c>Panic(0x12)</c> for y = 0.</summary>
    public static UInt256 DivWadRoundUp(UInt256 x, UInt256 y) =>
        y == One ? x : x == y && !y.IsZero ? One : UInt256.MulDiv(x, One, y, Rounding.Up);
}
