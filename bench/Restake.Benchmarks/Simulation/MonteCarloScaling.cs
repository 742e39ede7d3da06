using System.Diagnostics;
using Restake.Simulation.MonteCarlo;
using Restake.Simulation.Results;

namespace Restake.Benchmarks.Simulation;

/// <summary>
/// Stopwatch scaling report of the fast Monte Carlo path (`simulation-scaling [threads]`): for 10k and 100k paths over
/// 90 and 365 days, wall and process CPU time, paths per CPU-second and (path·day·operator-AVS edge) updates per
/// CPU-second, so growth in paths and in days can be read off directly on a shared machine.
/// </summary>
public static class MonteCarloScaling
{
    /// <summary>Runs the grid and prints one line per cell.</summary>
    public static void Run(string[] args)
    {
        var threads = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        int[] pathCounts = args.Length > 1 ? args[1..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000];
        Console.WriteLine($"threads={threads}");
        Console.WriteLine("paths      days  edges  wall s   cpu s   paths/cpu-s  path-days/cpu-s  edge-updates/cpu-s");
        foreach (var days in new[] { 90, 365 })
        {
            var world = BenchScenario.World(days);
            Warm(world);
            var edges = world.EdgeOperator.Length;
            foreach (var paths in pathCounts)
            {
                var process = Process.GetCurrentProcess();
                var cpu0 = process.TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                var run = new MonteCarloRun(world, paths, 42, RunMode.Fast);
                run.RunBatches(0, run.Batches, threads);
                wall.Stop();
                process.Refresh();
                var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
                var pathDays = (double)paths * world.Steps;
                Console.WriteLine($"{paths,-10} {days,4}  {edges,5}  {wall.Elapsed.TotalSeconds,6:F2}  {cpu,6:F2}  {paths / cpu,11:F0}  {pathDays / cpu,15:E3}  {pathDays * edges / cpu,18:E3}");
            }
        }
    }

    private static void Warm(Restake.Simulation.World.WorldModel world)
    {
        var run = new MonteCarloRun(world, MonteCarloRun.FastBatchSize, 1, RunMode.Fast);
        run.RunBatches(0, run.Batches, 1);
    }
}
