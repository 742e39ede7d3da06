using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Restake.Protocols.Restaking.EigenLayer.State;

/// <summary>
/// A Solidity-style mapping with undo: a missing key reads as <c>default</c>. Values should be immutable (structs,
/// records, arrays treated as copy-on-write) so that an undo entry can hold the old value by reference.
/// </summary>
public sealed class JournaledMap<TKey, TValue>(Journal journal) : IJournaled where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _map = new();
    private readonly Stack<(TKey Key, bool Had, TValue Old)> _undo = new();

    /// <summary>Number of stored keys.</summary>
    public int Count => _map.Count;

    /// <summary>Stored entries (unordered).</summary>
    public IEnumerable<KeyValuePair<TKey, TValue>> Entries => _map;

    /// <summary>The value, or <c>default</c> when absent.</summary>
    public TValue? this[TKey key] => _map.TryGetValue(key, out var v) ? v : default;

    /// <summary>The value, or <paramref name="fallback"/> when absent.</summary>
    public TValue Get(TKey key, TValue fallback) => _map.TryGetValue(key, out var v) ? v : fallback;

    /// <summary>True and the value when present.</summary>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _map.TryGetValue(key, out value);

    /// <summary>Writes a value.</summary>
    public void Set(TKey key, TValue value)
    {
        // One hash lookup for both the undo entry and the write.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_map, key, out var had);
        if (journal.Active)
        {
            _undo.Push((key, had, slot!));
            journal.Record(this);
        }

        slot = value;
    }

    /// <summary>
    /// Read-modify-write with one hash lookup when the key exists: stores and returns
    /// <paramref name="update"/>(current value or default, <paramref name="arg"/>). An update that throws writes nothing;
    /// it must not touch this map.
    /// </summary>
    public TValue Update<TArg>(TKey key, TArg arg, Func<TValue?, TArg, TValue> update)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(_map, key);
        if (Unsafe.IsNullRef(ref slot))
        {
            var added = update(default, arg);
            Set(key, added);
            return added;
        }

        var value = update(slot, arg);
        if (journal.Active)
        {
            _undo.Push((key, true, slot));
            journal.Record(this);
        }

        slot = value;
        return value;
    }

    /// <summary>Deletes a key (no-op when absent).</summary>
    public void Remove(TKey key)
    {
        if (!_map.TryGetValue(key, out var old)) return;
        if (journal.Active)
        {
            _undo.Push((key, true, old));
            journal.Record(this);
        }

        _map.Remove(key);
    }

    void IJournaled.UndoLast()
    {
        var (key, had, old) = _undo.Pop();
        if (had) _map[key] = old;
        else _map.Remove(key);
    }

    void IJournaled.ForgetUndo() => _undo.Clear();
}

/// <summary>A single storage slot with undo.</summary>
public sealed class JournaledCell<T>(Journal journal, T initial = default!) : IJournaled
{
    private readonly Stack<T> _undo = new();

    /// <summary>The stored value.</summary>
    public T Value { get; private set; } = initial;

    /// <summary>Writes the slot.</summary>
    public void Set(T value)
    {
        if (journal.Active)
        {
            _undo.Push(Value);
            journal.Record(this);
        }

        Value = value;
    }

    void IJournaled.UndoLast() => Value = _undo.Pop();

    void IJournaled.ForgetUndo() => _undo.Clear();
}
