namespace Restake.Protocols.Restaking.EigenLayer.State;

/// <summary>A storage container whose writes can be undone one at a time, newest first.</summary>
public interface IJournaled
{
    /// <summary>Undoes this container's most recent recorded write.</summary>
    void UndoLast();

    /// <summary>Drops every recorded undo entry (the transaction committed).</summary>
    void ForgetUndo();
}

/// <summary>
/// Undo log shared by every storage container of one world: each write inside a transaction appends the container
/// to the log, so a revert replays the undo entries newest first. Cost is proportional to the writes a call made,
/// never to the size of the world.
/// </summary>
public sealed class Journal
{
    // Entries wrap the container in a struct so storing one skips the covariant array-store type check.
    private Entry[] _log = new Entry[64];
    private int _count;
    private int _depth;

    /// <summary>True while a transaction is open (writes are recorded).</summary>
    public bool Active => _depth > 0;

    /// <summary>Storage writes recorded since this journal was created (a cost measure: work done per call).</summary>
    public long RecordedWrites { get; private set; }

    /// <summary>Records that <paramref name="container"/> pushed one undo entry.</summary>
    public void Record(IJournaled container)
    {
        RecordedWrites++;
        if (_count == _log.Length) Array.Resize(ref _log, _log.Length * 2);
        _log[_count++].Container = container;
    }

    /// <summary>Opens a (possibly nested) transaction; dispose without <see cref="Tx.Commit"/> to revert it.</summary>
    public Tx Begin()
    {
        _depth++;
        return new Tx(this, _count);
    }

    internal void Commit()
    {
        _depth--;
        if (_depth > 0) return;
        // Several entries may name the same container; clearing twice is harmless.
        for (var i = 0; i < _count; i++) _log[i].Container.ForgetUndo();
        Array.Clear(_log, 0, _count);
        _count = 0;
    }

    internal void Revert(int mark)
    {
        while (_count > mark)
        {
            var c = _log[--_count].Container;
            _log[_count].Container = null!;
            c.UndoLast();
        }

        _depth--;
        if (_depth == 0)
        {
            for (var i = 0; i < _count; i++) _log[i].Container.ForgetUndo();
            Array.Clear(_log, 0, _count);
            _count = 0;
        }
    }

    private struct Entry
    {
        public IJournaled Container;
    }

    /// <summary>A transaction scope: everything written after <see cref="Journal.Begin"/> is undone on dispose
    /// unless <see cref="Commit"/> was called.</summary>
    public ref struct Tx
    {
        private readonly Journal _journal;
        private readonly int _mark;
        private bool _done;

        internal Tx(Journal journal, int mark)
        {
            _journal = journal;
            _mark = mark;
            _done = false;
        }

        /// <summary>Keeps the writes.</summary>
        public void Commit()
        {
            if (_done) return;
            _done = true;
            _journal.Commit();
        }

        /// <summary>Reverts the writes unless committed.</summary>
        public void Dispose()
        {
            if (_done) return;
            _done = true;
            _journal.Revert(_mark);
        }
    }
}
