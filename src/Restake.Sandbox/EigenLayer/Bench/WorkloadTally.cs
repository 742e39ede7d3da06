namespace Restake.Sandbox.EigenLayer.Bench;

/// <summary>Calls made by a workload run, by kind, and how many of them reverted.</summary>
public sealed class WorkloadTally
{
    private readonly long[] _calls = new long[Enum.GetValues<WorkloadOp>().Length];
    private readonly long[] _reverts = new long[Enum.GetValues<WorkloadOp>().Length];

    /// <summary>Every call made (reverted ones included: each is a full transaction attempt).</summary>
    public long Operations { get; private set; }

    /// <summary>Calls that reverted.</summary>
    public long Reverts { get; private set; }

    /// <summary>Calls of one kind.</summary>
    public long Calls(WorkloadOp op) => _calls[(int)op];

    /// <summary>Reverted calls of one kind.</summary>
    public long Reverted(WorkloadOp op) => _reverts[(int)op];

    internal void Add(WorkloadOp op, bool reverted)
    {
        Operations++;
        _calls[(int)op]++;
        if (!reverted) return;
        Reverts++;
        _reverts[(int)op]++;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", Enum.GetValues<WorkloadOp>().Select(op => $"{op} {Calls(op)} ({Reverted(op)} reverted)"));
}
