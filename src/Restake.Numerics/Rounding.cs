namespace Restake.Numerics;

/// <summary>Direction of an integer division, named at each call site as the contract names it.</summary>
public enum Rounding
{
    /// <summary>Floor (Solidity's default integer division).</summary>
    Down,

    /// <summary>Ceiling: add one when the remainder is non-zero.</summary>
    Up,
}
