using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer.State;

/// <summary>Checked increments and decrements of uint256 storage slots, each with a single hash lookup.</summary>
public static class JournaledAmounts
{
    /// <summary><c>map[key] += amount</c> (<c>Panic(0x11)</c> on overflow, nothing written).</summary>
    public static UInt256 Increase<TKey>(this JournaledMap<TKey, UInt256> map, TKey key, UInt256 amount) where TKey : notnull =>
        map.Update(key, amount, static (old, a) => old + a);

    /// <summary><c>map[key] -= amount</c> (<c>Panic(0x11)</c> on underflow, nothing written).</summary>
    public static UInt256 Decrease<TKey>(this JournaledMap<TKey, UInt256> map, TKey key, UInt256 amount) where TKey : notnull =>
        map.Update(key, amount, static (old, a) => old - a);
}
