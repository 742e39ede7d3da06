using System.Globalization;
using System.Numerics;

namespace Restake.Numerics;

/// <summary>
/// An unsigned 256-bit integer with Solidity 0.8 checked semantics: overflow and underflow revert with
/// <c>Panic(0x11)</c>, division by zero with <c>Panic(0x12)</c>. The default value is zero.
/// </summary>
public readonly partial struct UInt256 : IEquatable<UInt256>, IComparable<UInt256>, IComparable
{
    // Four little-endian 64-bit limbs: plain ulong arithmetic is what the JIT compiles best.
    internal readonly ulong U0;
    internal readonly ulong U1;
    internal readonly ulong U2;
    internal readonly ulong U3;

    internal UInt256(ulong u0, ulong u1, ulong u2, ulong u3)
    {
        U0 = u0;
        U1 = u1;
        U2 = u2;
        U3 = u3;
    }

    internal UInt256(UInt128 hi, UInt128 lo)
        : this((ulong)lo, (ulong)(lo >> 64), (ulong)hi, (ulong)(hi >> 64))
    {
    }

    /// <summary>0.</summary>
    public static UInt256 Zero => default;

    /// <summary>1.</summary>
    public static UInt256 One => new(1, 0, 0, 0);

    /// <summary>2^256 − 1 (<c>type(uint256).max</c>).</summary>
    public static UInt256 MaxValue => new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    /// <summary>True for zero.</summary>
    public bool IsZero => (U0 | U1 | U2 | U3) == 0;

    /// <summary>True when the value fits in 128 bits.</summary>
    public bool FitsUInt128 => (U2 | U3) == 0;

    /// <summary>True when the value fits in 64 bits.</summary>
    internal bool FitsUInt64 => (U1 | U2 | U3) == 0;

    /// <summary>High 128 bits.</summary>
    internal UInt128 Hi => new(U3, U2);

    /// <summary>Low 128 bits.</summary>
    internal UInt128 Lo => new(U1, U0);

    /// <summary>The high 128 bits (⌊value / 2^128⌋).</summary>
    public UInt128 High => Hi;

    /// <summary>The low 128 bits (value mod 2^128).</summary>
    public UInt128 Low => Lo;

    /// <summary>Creates a value from 128 bits.</summary>
    public static implicit operator UInt256(UInt128 value) => new((ulong)value, (ulong)(value >> 64), 0, 0);

    /// <summary>Creates a value from 64 bits.</summary>
    public static implicit operator UInt256(ulong value) => new(value, 0, 0, 0);

    /// <summary>Creates a value from a non-negative int; a negative argument is an underflow.</summary>
    public static implicit operator UInt256(int value) =>
        value < 0 ? throw Panic.OverflowError() : new UInt256((ulong)value, 0, 0, 0);

    /// <summary>Exact conversion; a value outside [0, 2^256) is an overflow.</summary>
    public static explicit operator UInt256(BigInteger value) => FromBigInteger(value);

    /// <summary>Exact conversion to <see cref="BigInteger"/>.</summary>
    public static implicit operator BigInteger(UInt256 value) => value.ToBigInteger();

    /// <summary>Narrowing to 128 bits; a larger value is an overflow (as SafeCast reverts).</summary>
    public static explicit operator UInt128(UInt256 value) =>
        value.FitsUInt128 ? value.Lo : throw Panic.OverflowError();

    /// <summary>Narrowing to 64 bits; a larger value is an overflow (as SafeCast reverts).</summary>
    public static explicit operator ulong(UInt256 value) =>
        value.FitsUInt64 ? value.U0 : throw Panic.OverflowError();

    /// <summary>Converts a <see cref="BigInteger"/>; outside [0, 2^256) is <c>Panic(0x11)</c>.</summary>
    public static UInt256 FromBigInteger(BigInteger value)
    {
        if (value.Sign < 0 || value > MaxBig) throw Panic.OverflowError();
        if (value <= ulong.MaxValue) return new UInt256((ulong)value, 0, 0, 0);
        var lo = (UInt128)(value & Mask128);
        var hi = (UInt128)(value >> 128);
        return new UInt256(hi, lo);
    }

    /// <summary>The value as a <see cref="BigInteger"/>.</summary>
    public BigInteger ToBigInteger() =>
        FitsUInt128 ? (BigInteger)Lo : ((BigInteger)Hi << 128) | (BigInteger)Lo;

    /// <summary>The value as a double (reporting only; loses precision above 2^53).</summary>
    public double ToDouble() => FitsUInt128 ? (double)Lo : (double)ToBigInteger();

    internal static readonly BigInteger MaxBig = (BigInteger.One << 256) - 1;
    private static readonly BigInteger Mask128 = (BigInteger.One << 128) - 1;

    /// <inheritdoc />
    public bool Equals(UInt256 other) => ((U0 ^ other.U0) | (U1 ^ other.U1) | (U2 ^ other.U2) | (U3 ^ other.U3)) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UInt256 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(U0, U1, U2, U3);

    /// <inheritdoc />
    public int CompareTo(UInt256 other) =>
        U3 != other.U3 ? (U3 < other.U3 ? -1 : 1)
        : U2 != other.U2 ? (U2 < other.U2 ? -1 : 1)
        : U1 != other.U1 ? (U1 < other.U1 ? -1 : 1)
        : U0 != other.U0 ? (U0 < other.U0 ? -1 : 1) : 0;

    /// <inheritdoc />
    public int CompareTo(object? obj) =>
        obj is UInt256 other ? CompareTo(other) : throw new ArgumentException("Not a UInt256.", nameof(obj));

    public static bool operator ==(UInt256 a, UInt256 b) => a.Equals(b);
    public static bool operator !=(UInt256 a, UInt256 b) => !a.Equals(b);
    public static bool operator <(UInt256 a, UInt256 b) => LessThan(a, b);
    public static bool operator >(UInt256 a, UInt256 b) => LessThan(b, a);
    public static bool operator <=(UInt256 a, UInt256 b) => !LessThan(b, a);
    public static bool operator >=(UInt256 a, UInt256 b) => !LessThan(a, b);

    /// <summary>a &lt; b: the borrow out of a − b.</summary>
    private static bool LessThan(UInt256 a, UInt256 b)
    {
        if (a.U3 != b.U3) return a.U3 < b.U3;
        if (a.U2 != b.U2) return a.U2 < b.U2;
        if (a.U1 != b.U1) return a.U1 < b.U1;
        return a.U0 < b.U0;
    }

    /// <summary>The smaller of two values.</summary>
    public static UInt256 Min(UInt256 a, UInt256 b) => a <= b ? a : b;

    /// <summary>The larger of two values.</summary>
    public static UInt256 Max(UInt256 a, UInt256 b) => a >= b ? a : b;

    /// <summary>Decimal digits, no separators.</summary>
    public override string ToString() =>
        FitsUInt64 ? U0.ToString(CultureInfo.InvariantCulture)
        : FitsUInt128 ? Lo.ToString(CultureInfo.InvariantCulture) : ToBigInteger().ToString(CultureInfo.InvariantCulture);

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
