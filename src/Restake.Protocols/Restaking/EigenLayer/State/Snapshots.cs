using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer.State;

/// <summary>
/// A block-keyed checkpoint history (EigenLayer's <c>Snapshots</c> library): a push in the same block overwrites the
/// last entry, keys never decrease, and lookups fall back to a default (WAD for magnitudes, 0 for share totals).
/// </summary>
public sealed class Snapshots(Journal journal, UInt256 defaultValue) : IJournaled
{
    private readonly List<(long Key, UInt256 Value)> _entries = [];
    private readonly Stack<(bool Appended, UInt256 Old)> _undo = new();

    /// <summary>Number of checkpoints.</summary>
    public int Length => _entries.Count;

    /// <summary>The checkpoints, oldest first.</summary>
    public IReadOnlyList<(long Key, UInt256 Value)> Entries => _entries;

    /// <summary>The newest value, or the default when empty.</summary>
    public UInt256 Latest() => _entries.Count == 0 ? defaultValue : _entries[^1].Value;

    /// <summary>The value of the last checkpoint whose key is ≤ <paramref name="key"/>, or the default.</summary>
    public UInt256 UpperLookup(long key)
    {
        int lo = 0, hi = _entries.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_entries[mid].Key > key) hi = mid;
            else lo = mid + 1;
        }

        return hi == 0 ? defaultValue : _entries[hi - 1].Value;
    }

    /// <summary>Appends (key, value), or overwrites the last entry when it has the same key.</summary>
    public void Push(long key, UInt256 value)
    {
        var n = _entries.Count;
        if (n > 0)
        {
            var last = _entries[n - 1];
            if (last.Key > key) throw new RevertException("InvalidSnapshotOrdering");
            if (last.Key == key)
            {
                Record(false, last.Value);
                _entries[n - 1] = (key, value);
                return;
            }
        }

        Record(true, default);
        _entries.Add((key, value));
    }

    private void Record(bool appended, UInt256 old)
    {
        if (!journal.Active) return;
        _undo.Push((appended, old));
        journal.Record(this);
    }

    void IJournaled.UndoLast()
    {
        var (appended, old) = _undo.Pop();
        if (appended) _entries.RemoveAt(_entries.Count - 1);
        else _entries[^1] = (_entries[^1].Key, old);
    }

    void IJournaled.ForgetUndo() => _undo.Clear();
}
