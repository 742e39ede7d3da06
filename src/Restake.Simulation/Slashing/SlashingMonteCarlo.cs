using System.Diagnostics;
using System.Runtime.CompilerServices;
using Restake.Numerics.Random;
using Restake.Simulation.Statistics;

namespace Restake.Simulation.Slashing;

/// <summary>
/// Runs the slashing workload: paths in fixed batches across threads, each path on its own stream keyed by
/// (seed, path, process), NAVs stored by path index and reduced in path order — the figures depend only on
/// (instance, paths, seed), never on the thread count.
/// </summary>
public static class SlashingMonteCarlo
{
    private const int BatchSize = 4096;

    /// <summary>Most paths one run takes: every path's NAV is kept (8 bytes each) so that the tail figures are exact.</summary>
    public const int MaxPaths = 100_000_000;

    /// <summary>Runs <paramref name="paths"/> paths (default: the instance's) with <paramref name="seed"/> (default: the instance's).</summary>
    public static SlashingResult Run(SlashingInstance instance, long? paths = null, ulong? seed = null, int? threads = null,
        CancellationToken cancellation = default)
    {
        var n = paths ?? instance.Paths;
        if (n is < 2 or > MaxPaths) throw new ArgumentOutOfRangeException(nameof(paths), n, $"Paths must be in [2, {MaxPaths}].");
        var clock = Stopwatch.StartNew();
        var nav = Simulate(new SlashingModel(instance), (int)n, seed ?? instance.Seed, threads, cancellation);
        var summary = NavSummary.Of(nav);
        var seconds = clock.Elapsed.TotalSeconds;
        return new SlashingResult(n, seconds, summary.Mean, summary.StdErr, SlashingClosedForm.MeanNav(instance),
            summary.PLoss, summary.ValueAtRisk, summary.ConditionalValueAtRisk);
    }

    /// <summary>The NAV of every path, indexed by path.</summary>
    internal static double[] Simulate(SlashingModel model, int paths, ulong seed, int? threads,
        CancellationToken cancellation = default)
    {
        var nav = new double[paths];
        var batches = (paths + BatchSize - 1) / BatchSize;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount,
            CancellationToken = cancellation,
        };
        Parallel.For(0, batches, options,
            () => (Stream: new RandomStream(seed, 0, SlashingKernel.Process), Stake: new double[model.Weights.Length]),
            (batch, _, scratch) =>
            {
                Batch(model, seed, batch * BatchSize, Math.Min(paths, (batch + 1) * BatchSize), scratch.Stream, scratch.Stake, nav);
                return scratch;
            },
            _ => { });
        return nav;
    }

    /// <summary>Paths [<paramref name="start"/>, <paramref name="end"/>), each on its own stream key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Batch(SlashingModel model, ulong seed, int start, int end, RandomStream stream, double[] stake, double[] nav)
    {
        for (var path = start; path < end; path++)
        {
            stream.Reset(new StreamKey(seed, (ulong)path, SlashingKernel.Process));
            nav[path] = SlashingKernel.Path(model, stream, stake);
        }
    }
}
