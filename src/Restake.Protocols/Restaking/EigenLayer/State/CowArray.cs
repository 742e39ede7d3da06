namespace Restake.Protocols.Restaking.EigenLayer.State;

/// <summary>
/// Copy-on-write helpers for small ordered sets stored in a <see cref="JournaledMap{TKey,TValue}"/>: an array value is
/// never mutated, so the undo log can keep the old array. Removal is swap-and-pop, as OpenZeppelin's EnumerableSet.
/// </summary>
public static class CowArray
{
    /// <summary>True when <paramref name="items"/> holds <paramref name="item"/>.</summary>
    public static bool Contains<T>(T[]? items, T item) => items is not null && Array.IndexOf(items, item) >= 0;

    /// <summary>A new array with <paramref name="item"/> appended.</summary>
    public static T[] Append<T>(T[]? items, T item)
    {
        if (items is null || items.Length == 0) return [item];
        var copy = new T[items.Length + 1];
        Array.Copy(items, copy, items.Length);
        copy[^1] = item;
        return copy;
    }

    /// <summary>Set add: a new array when absent, null when already present.</summary>
    public static T[]? Add<T>(T[]? items, T item) => Contains(items, item) ? null : Append(items, item);

    /// <summary>Set remove (swap-and-pop): a new array when present, null when absent.</summary>
    public static T[]? Remove<T>(T[]? items, T item)
    {
        if (items is null) return null;
        var i = Array.IndexOf(items, item);
        if (i < 0) return null;
        var copy = new T[items.Length - 1];
        Array.Copy(items, copy, items.Length - 1);
        if (i < copy.Length) copy[i] = items[^1];
        return copy;
    }

    /// <summary>A new array without its first element (queue pop-front).</summary>
    public static T[] PopFront<T>(T[] items) => items.Length <= 1 ? [] : items[1..];
}
