using System.Collections.Concurrent;
using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// The one shared identity of a non-zero 160-bit address value: interning makes address equality a reference
/// comparison and gives each value a small sequential hash, so storage keyed by addresses hashes and compares cheaply.
/// The table only grows; it holds one entry per distinct address ever used by the process.
/// </summary>
internal sealed class AddressId
{
    private static readonly ConcurrentDictionary<UInt256, AddressId> Table = new();
    private static int _next;

    private AddressId(UInt256 value)
    {
        Value = value;
        Hash = Interlocked.Increment(ref _next);
    }

    /// <summary>The numeric address.</summary>
    public UInt256 Value { get; }

    /// <summary>A hash unique to this value (its interning sequence number).</summary>
    public int Hash { get; }

    /// <summary>The identity of <paramref name="value"/> (non-zero), created on first use.</summary>
    public static AddressId Intern(UInt256 value) =>
        Table.TryGetValue(value, out var id) ? id : Table.GetOrAdd(value, static v => new AddressId(v));
}
