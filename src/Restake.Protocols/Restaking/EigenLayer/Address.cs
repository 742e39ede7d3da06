using System.Globalization;
using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// An account or contract address: a 160-bit value (which orders addresses, as <c>uint160</c> comparisons do) plus a
/// display name. Symbolic scenarios give each name an ordering value; equality and hashing use the value only.
/// </summary>
public readonly struct Address : IEquatable<Address>, IComparable<Address>
{
    private readonly int _hash;

    /// <summary>The numeric address (what <c>uint160(address)</c> compares).</summary>
    public UInt256 Value { get; }

    /// <summary>Display name ("staker1", or the hex form when none was given).</summary>
    public string Name => _name ?? (IsZero ? "null" : "0x" + Value.ToBigInteger().ToString("x40", CultureInfo.InvariantCulture).TrimStart('0').PadLeft(40, '0'));

    private readonly string? _name;

    /// <summary>Creates an address with a numeric value and an optional display name.</summary>
    public Address(UInt256 value, string? name = null)
    {
        Value = value;
        _name = name;
        _hash = value.GetHashCode();
    }

    /// <summary>The zero address.</summary>
    public static Address Zero => default;

    /// <summary>True for the zero address.</summary>
    public bool IsZero => Value.IsZero;

    /// <summary>A named address ordered by <paramref name="order"/> (must be non-zero).</summary>
    public static Address Named(string name, ulong order) =>
        order == 0 ? throw new ArgumentOutOfRangeException(nameof(order), "order 0 is the zero address") : new Address(order, name);

    /// <summary>Parses a 0x-prefixed 40-digit hex address.</summary>
    public static Address FromHex(string hex, string? name = null)
    {
        var digits = hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex;
        var big = System.Numerics.BigInteger.Parse("0" + digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new Address(UInt256.FromBigInteger(big), name);
    }

    /// <inheritdoc />
    public bool Equals(Address other) => _hash == other._hash && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Address a && Equals(a);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public int CompareTo(Address other) => Value.CompareTo(other.Value);

    public static bool operator ==(Address a, Address b) => a.Equals(b);
    public static bool operator !=(Address a, Address b) => !a.Equals(b);
    public static bool operator <(Address a, Address b) => a.Value < b.Value;
    public static bool operator >(Address a, Address b) => a.Value > b.Value;

    /// <inheritdoc />
    public override string ToString() => Name;
}
