namespace Restake.Sandbox.EigenLayer.Bench;

/// <summary>
/// Figures of <see cref="EigenLayerBench"/>: rates per wall-clock second, slash cost in microseconds of wall time for a
/// small and a large world, and the same rates per CPU second in <see cref="Cpu"/>.
/// </summary>
public sealed record EigenLayerBenchResult(
    long ReplaySteps,
    double ReplayStepsPerSecond,
    double DepositsPerSecond,
    double MixedOpsPerSecond,
    double SlashMicros10,
    double SlashMicros100k,
    EigenLayerBenchCpu Cpu);

/// <summary>The rates of <see cref="EigenLayerBenchResult"/> per second of process CPU time, and the total times measured.</summary>
public sealed record EigenLayerBenchCpu(
    double ReplayStepsPerSecond,
    double DepositsPerSecond,
    double MixedOpsPerSecond,
    double SlashMicros10,
    double SlashMicros100k,
    double WallSeconds,
    double CpuSeconds);
