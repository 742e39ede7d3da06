namespace Restake.Protocols.Restaking.EigenLayer.State;

/// <summary>
/// OpenZeppelin's EnumerableSet with undo: O(1) add, remove and contains; insertion order with swap-and-pop removal
/// (the last element moves into the removed slot), so enumeration order matches the contracts'.
/// </summary>
public sealed class JournaledSet<T>(Journal journal) : IJournaled where T : notnull
{
    private readonly List<T> _items = [];
    private readonly Dictionary<T, int> _index = new();
    private readonly Stack<(bool Added, T Item, int Position)> _undo = new();

    /// <summary>Number of elements.</summary>
    public int Count => _items.Count;

    /// <summary>The elements in contract order.</summary>
    public IReadOnlyList<T> Items => _items;

    /// <summary><c>contains</c>.</summary>
    public bool Contains(T item) => _index.ContainsKey(item);

    /// <summary><c>add</c>: false when already present.</summary>
    public bool Add(T item)
    {
        if (_index.ContainsKey(item)) return false;
        _index[item] = _items.Count;
        _items.Add(item);
        Record(true, item, _items.Count - 1);
        return true;
    }

    /// <summary><c>remove</c> (swap-and-pop): false when absent.</summary>
    public bool Remove(T item)
    {
        if (!_index.Remove(item, out var i)) return false;
        var last = _items.Count - 1;
        if (i != last)
        {
            _items[i] = _items[last];
            _index[_items[i]] = i;
        }

        _items.RemoveAt(last);
        Record(false, item, i);
        return true;
    }

    private void Record(bool added, T item, int position)
    {
        if (!journal.Active) return;
        _undo.Push((added, item, position));
        journal.Record(this);
    }

    void IJournaled.UndoLast()
    {
        var (added, item, position) = _undo.Pop();
        if (added)
        {
            _items.RemoveAt(_items.Count - 1);
            _index.Remove(item);
            return;
        }

        // Reverse swap-and-pop: the element now at `position` (if any) goes back to the end.
        if (position == _items.Count)
        {
            _items.Add(item);
        }
        else
        {
            var moved = _items[position];
            _items.Add(moved);
            _index[moved] = _items.Count - 1;
            _items[position] = item;
        }

        _index[item] = position;
    }

    void IJournaled.ForgetUndo() => _undo.Clear();
}

/// <summary>An append-only list with undo (submissions, roots): O(1) append and replace.</summary>
public sealed class JournaledList<T>(Journal journal) : IJournaled
{
    private readonly List<T> _items = [];
    private readonly Stack<(int Index, T Old, bool Appended)> _undo = new();

    /// <summary>The elements in order.</summary>
    public IReadOnlyList<T> Items => _items;

    /// <summary>Appends an element.</summary>
    public void Add(T item)
    {
        _items.Add(item);
        Record(_items.Count - 1, default!, true);
    }

    /// <summary>Replaces the element at <paramref name="index"/>.</summary>
    public void Replace(int index, T item)
    {
        Record(index, _items[index], false);
        _items[index] = item;
    }

    private void Record(int index, T old, bool appended)
    {
        if (!journal.Active) return;
        _undo.Push((index, old, appended));
        journal.Record(this);
    }

    void IJournaled.UndoLast()
    {
        var (index, old, appended) = _undo.Pop();
        if (appended) _items.RemoveAt(_items.Count - 1);
        else _items[index] = old;
    }

    void IJournaled.ForgetUndo() => _undo.Clear();
}

/// <summary>A mapping to <see cref="JournaledSet{T}"/>s, created on first write (an empty set reads as absent).</summary>
public sealed class JournaledSetMap<TKey, T>(Journal journal) where TKey : notnull where T : notnull
{
    private readonly Dictionary<TKey, JournaledSet<T>> _sets = new();

    /// <summary>The set's elements in contract order (empty when never written).</summary>
    public IReadOnlyList<T> Items(TKey key) => _sets.TryGetValue(key, out var s) ? s.Items : [];

    /// <summary>Number of elements of the set at <paramref name="key"/>.</summary>
    public int Count(TKey key) => _sets.TryGetValue(key, out var s) ? s.Count : 0;

    /// <summary><c>contains</c>.</summary>
    public bool Contains(TKey key, T item) => _sets.TryGetValue(key, out var s) && s.Contains(item);

    /// <summary><c>add</c>: false when already present.</summary>
    public bool Add(TKey key, T item) => Set(key).Add(item);

    /// <summary><c>remove</c>: false when absent.</summary>
    public bool Remove(TKey key, T item) => _sets.TryGetValue(key, out var s) && s.Remove(item);

    private JournaledSet<T> Set(TKey key)
    {
        if (!_sets.TryGetValue(key, out var s))
        {
            s = new JournaledSet<T>(journal);
            _sets[key] = s;
        }

        return s;
    }
}
