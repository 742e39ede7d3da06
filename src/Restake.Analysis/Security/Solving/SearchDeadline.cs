using System.Diagnostics;

namespace Restake.Analysis.Security.Solving;

/// <summary>
/// When a primal search must stop: after a budget of process CPU time (so a loaded machine does not starve it of the
/// work it needs to be useful), or after a wall-clock cap (so it never eats the solver's share of the limit).
/// </summary>
public sealed class SearchDeadline
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly TimeSpan _cpu;
    private readonly TimeSpan _wallCap;

    /// <summary>Stops after <paramref name="cpu"/> of CPU time or <paramref name="wallCap"/> of wall time, whichever comes first.</summary>
    public SearchDeadline(TimeSpan cpu, TimeSpan wallCap) => (_cpu, _wallCap) = (cpu, wallCap);

    /// <summary>True once either budget is spent.</summary>
    public bool Passed => _wall.Elapsed > _wallCap || Process.GetCurrentProcess().TotalProcessorTime - _cpuStart > _cpu;
}
