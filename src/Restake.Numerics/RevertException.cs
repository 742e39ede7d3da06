namespace Restake.Numerics;

/// <summary>
/// A reverted call: carries the contract's custom error name (<c>InsufficientMagnitude</c>) or the
/// Solidity built-in form (<c>Panic(0x11)</c>, <c>Error(message)</c>) so callers can compare names.
/// </summary>
public sealed class RevertException(string error) : Exception(error)
{
    /// <summary>The error name exactly as the contract's ABI would decode it.</summary>
    public string Error { get; } = error;
}

/// <summary>Solidity 0.8 panic codes and the exceptions that carry them.</summary>
public static class Panic
{
    /// <summary>Arithmetic overflow or underflow.</summary>
    public const string Overflow = "Panic(0x11)";

    /// <summary>Division or modulo by zero.</summary>
    public const string DivisionByZero = "Panic(0x12)";

    /// <summary>The revert raised on checked-arithmetic overflow or underflow.</summary>
    public static RevertException OverflowError() => new(Overflow);

    /// <summary>The revert raised on division by zero.</summary>
    public static RevertException DivisionByZeroError() => new(DivisionByZero);
}
