using System.Diagnostics;

namespace Restake.Sandbox.EigenLayer.Bench;

/// <summary>Wall-clock and process CPU time of one measured section (CPU time is the fairer figure on a busy machine).</summary>
public readonly struct CpuStopwatch
{
    private readonly long _wallStart;
    private readonly TimeSpan _cpuStart;

    private CpuStopwatch(long wallStart, TimeSpan cpuStart)
    {
        _wallStart = wallStart;
        _cpuStart = cpuStart;
    }

    /// <summary>Collects the heap, then starts measuring, so a section never pays for the garbage of world building.</summary>
    public static CpuStopwatch Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new(Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime);
    }

    /// <summary>Seconds elapsed since <see cref="Start"/>: (wall, CPU of the whole process).</summary>
    public (double Wall, double Cpu) Elapsed() =>
        (Stopwatch.GetElapsedTime(_wallStart).TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - _cpuStart).TotalSeconds);
}
