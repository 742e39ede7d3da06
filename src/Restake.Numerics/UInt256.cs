using System.Globalization;
using System.Numerics;

namespace Restake.Numerics;

/// <summary>
/// An unsigned 256-bit integer with Solidity 0.8 checked semantics: overflow and underflow revert with
/// <c>Panic(0x11)</c>, division by zero with <c>Panic(0x12)</c>. The default value is zero.
/// </summary>
public readonly partial struct UInt256 : IEquatable<UInt256>, IComparable<UInt256>, IComparable
{
    /// <summary>High 128 bits.</summary>
    internal readonly UInt128 Hi;

    /// <summary>Low 128 bits.</summary>
    internal readonly UInt128 Lo;

    internal UInt256(UInt128 hi, UInt128 lo)
    {
        Hi = hi;
        Lo = lo;
    }

    /// <summary>0.</summary>
    public static UInt256 Zero => default;

    /// <summary>1.</summary>
    public static UInt256 One => new(0, 1);

    /// <summary>2^256 − 1 (<c>type(uint256).max</c>).</summary>
    public static UInt256 MaxValue => new(UInt128.MaxValue, UInt128.MaxValue);

    /// <summary>True for zero.</summary>
    public bool IsZero => Hi == 0 && Lo == 0;

    /// <summary>True when the value fits in 128 bits.</summary>
    public bool FitsUInt128 => Hi == 0;

    /// <summary>Creates a value from 128 bits.</summary>
    public static implicit operator UInt256(UInt128 value) => new(0, value);

    /// <summary>Creates a value from 64 bits.</summary>
    public static implicit operator UInt256(ulong value) => new(0, value);

    /// <summary>Creates a value from a non-negative int; a negative argument is an underflow.</summary>
    public static implicit operator UInt256(int value) =>
        value < 0 ? throw Panic.OverflowError() : new UInt256(0, (ulong)value);

    /// <summary>Exact conversion; a value outside [0, 2^256) is an overflow.</summary>
    public static explicit operator UInt256(BigInteger value) => FromBigInteger(value);

    /// <summary>Exact conversion to <see cref="BigInteger"/>.</summary>
    public static implicit operator BigInteger(UInt256 value) => value.ToBigInteger();

    /// <summary>Narrowing to 128 bits; a larger value is an overflow (as SafeCast reverts).</summary>
    public static explicit operator UInt128(UInt256 value) =>
        value.Hi == 0 ? value.Lo : throw Panic.OverflowError();

    /// <summary>Narrowing to 64 bits; a larger value is an overflow (as SafeCast reverts).</summary>
    public static explicit operator ulong(UInt256 value) =>
        value.Hi == 0 && value.Lo <= ulong.MaxValue ? (ulong)value.Lo : throw Panic.OverflowError();

    /// <summary>Converts a <see cref="BigInteger"/>; outside [0, 2^256) is <c>Panic(0x11)</c>.</summary>
    public static UInt256 FromBigInteger(BigInteger value)
    {
        if (value.Sign < 0 || value > MaxBig) throw Panic.OverflowError();
        if (value <= ulong.MaxValue) return new UInt256(0, (ulong)value);
        var lo = (UInt128)(value & Mask128);
        var hi = (UInt128)(value >> 128);
        return new UInt256(hi, lo);
    }

    /// <summary>The value as a <see cref="BigInteger"/>.</summary>
    public BigInteger ToBigInteger() =>
        Hi == 0 ? (BigInteger)Lo : ((BigInteger)Hi << 128) | (BigInteger)Lo;

    /// <summary>The value as a double (reporting only; loses precision above 2^53).</summary>
    public double ToDouble() => Hi == 0 ? (double)Lo : (double)ToBigInteger();

    internal static readonly BigInteger MaxBig = (BigInteger.One << 256) - 1;
    private static readonly BigInteger Mask128 = (BigInteger.One << 128) - 1;

    /// <inheritdoc />
    public bool Equals(UInt256 other) => Hi == other.Hi && Lo == other.Lo;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UInt256 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Hi, Lo);

    /// <inheritdoc />
    public int CompareTo(UInt256 other) => Hi != other.Hi ? Hi.CompareTo(other.Hi) : Lo.CompareTo(other.Lo);

    /// <inheritdoc />
    public int CompareTo(object? obj) =>
        obj is UInt256 other ? CompareTo(other) : throw new ArgumentException("Not a UInt256.", nameof(obj));

    public static bool operator ==(UInt256 a, UInt256 b) => a.Equals(b);
    public static bool operator !=(UInt256 a, UInt256 b) => !a.Equals(b);
    public static bool operator <(UInt256 a, UInt256 b) => a.CompareTo(b) < 0;
    public static bool operator >(UInt256 a, UInt256 b) => a.CompareTo(b) > 0;
    public static bool operator <=(UInt256 a, UInt256 b) => a.CompareTo(b) <= 0;
    public static bool operator >=(UInt256 a, UInt256 b) => a.CompareTo(b) >= 0;

    /// <summary>The smaller of two values.</summary>
    public static UInt256 Min(UInt256 a, UInt256 b) => a <= b ? a : b;

    /// <summary>The larger of two values.</summary>
    public static UInt256 Max(UInt256 a, UInt256 b) => a >= b ? a : b;

    /// <summary>Decimal digits, no separators.</summary>
    public override string ToString() =>
        Hi == 0 ? Lo.ToString(CultureInfo.InvariantCulture) : ToBigInteger().ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses plain decimal digits. Signs, fractions, exponents and values above 2^256 − 1 are rejected with a
    /// <see cref="FormatException"/> whose message says which.
    /// </summary>
    public static UInt256 Parse(string text)
    {
        if (TryParse(text, out var value, out var problem)) return value;
        throw new FormatException(problem);
    }

    /// <summary>Parses plain decimal digits; on failure <paramref name="problem"/> says what was wrong.</summary>
    public static bool TryParse(string? text, out UInt256 value, out string problem)
    {
        value = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "expected a non-negative integer, got an empty value";
            return false;
        }

        var s = text.Trim();
        if (s.StartsWith('-'))
        {
            problem = $"expected a non-negative integer, got negative '{s}'";
            return false;
        }

        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                problem = $"expected a non-negative integer in decimal digits, got '{s}'";
                return false;
            }
        }

        var big = BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        if (big > MaxBig)
        {
            problem = $"'{s}' is above the uint256 maximum 2^256-1";
            return false;
        }

        value = FromBigInteger(big);
        problem = string.Empty;
        return true;
    }
}
