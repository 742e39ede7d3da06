using System.Globalization;
using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// An account or contract address: a 160-bit value (which orders addresses, as <c>uint160</c> comparisons do) plus a
/// display name. Symbolic scenarios give each name an ordering value; equality and hashing use the value only (through
/// its interned <see cref="AddressId"/>, so they cost a reference comparison).
/// </summary>
public readonly struct Address : IEquatable<Address>, IComparable<Address>
{
    /// <summary>The interned value; null for the zero address (so <c>default</c> is the zero address).</summary>
    private readonly AddressId? _id;

    /// <summary>The numeric address (what <c>uint160(address)</c> compares).</summary>
    public UInt256 Value => _id is null ? UInt256.Zero : _id.Value;

    /// <summary>Display name ("staker1", or the hex form when none was given).</summary>
    public string Name => _name ?? (IsZero ? "null" : "0x" + Value.ToBigInteger().ToString("x40", CultureInfo.InvariantCulture).TrimStart('0').PadLeft(40, '0'));

    private readonly string? _name;

    /// <summary>Creates an address with a numeric value and an optional display name.</summary>
    public Address(UInt256 value, string? name = null)
    {
        _id = value.IsZero ? null : AddressId.Intern(value);
        _name = name;
    }

    /// <summary>The zero address.</summary>
    public static Address Zero => default;

    /// <summary>True for the zero address.</summary>
    public bool IsZero => _id is null;

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
    public bool Equals(Address other) => ReferenceEquals(_id, other._id);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Address a && Equals(a);

    /// <inheritdoc />
    public override int GetHashCode() => _id is null ? 0 : _id.Hash;

    /// <inheritdoc />
    public int CompareTo(Address other) => ReferenceEquals(_id, other._id) ? 0 : Value.CompareTo(other.Value);

    public static bool operator ==(Address a, Address b) => a.Equals(b);
    public static bool operator !=(Address a, Address b) => !a.Equals(b);
    public static bool operator <(Address a, Address b) => a.Value < b.Value;
    public static bool operator >(Address a, Address b) => a.Value > b.Value;

    /// <inheritdoc />
    public override string ToString() => Name;
}
