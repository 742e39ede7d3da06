using System.Diagnostics;
using System.Globalization;
using Restake.Simulation.Exact;
using Restake.Simulation.MonteCarlo;
using Restake.Simulation.Results;
using Restake.Simulation.World;

namespace Restake.Benchmarks.Simulation;

/// <summary>
/// Stopwatch scaling report of the Monte Carlo paths (`simulation-scaling [--threads N] [--paths a,b] [--days a,b]
/// [--networks small,default,large] [--exact]`): for each cell, wall and process CPU time, paths per CPU-second and
/// (path·day·operator-AVS edge) updates per CPU-second, so growth in paths, days and network size can be read off
/// directly on a shared machine (CPU time is what the run costs; wall time also shows other users' load).
/// </summary>
public static class MonteCarloScaling
{
    /// <summary>Runs the grid and prints one line per cell.</summary>
    public static void Run(string[] args)
    {
        var threads = Environment.ProcessorCount;
        int[] paths = [10_000, 100_000, 1_000_000];
        int[] days = [30, 90, 365];
        var networks = BenchScenario.Networks;
        var mode = RunMode.Fast;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--threads": threads = Int(args[++i]); break;
                case "--paths": paths = args[++i].Split(',').Select(Int).ToArray(); break;
                case "--days": days = args[++i].Split(',').Select(Int).ToArray(); break;
                case "--networks": networks = args[++i].Split(','); break;
                case "--exact": mode = RunMode.Exact; break;
                default: throw new ArgumentException($"unknown argument {args[i]}");
            }
        }

        Console.WriteLine($"mode={mode} threads={threads} cores={Environment.ProcessorCount} load={LoadAverage()}");
        Console.WriteLine("network  ops avss edges  days      paths   wall s    cpu s  paths/cpu-s  path-days/cpu-s  edge-updates/cpu-s");
        foreach (var network in networks)
            foreach (var d in days)
            {
                var world = BenchScenario.World(d, network);
                Warm(world, mode);
                foreach (var n in paths)
                {
                    var (wall, cpu) = Time(world, n, threads, mode);
                    var pathDays = (double)n * world.Steps;
                    var edges = world.EdgeOperator.Length;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{network,-8} {world.OperatorIds.Length,3} {world.AvsIds.Length,4} {edges,5} {d,5} {n,10} {wall,8:F2} {cpu,8:F2} {n / cpu,12:F0} {pathDays / cpu,16:E3} {pathDays * edges / cpu,19:E3}"));
                }
            }

        Console.WriteLine($"load={LoadAverage()}");
    }

    private static (double Wall, double Cpu) Time(WorldModel world, int paths, int threads, RunMode mode)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var run = new MonteCarloRun(world, paths, 42, mode, mode == RunMode.Exact ? ExactEngines.Create : null);
        run.RunBatches(0, run.Batches, threads);
        wall.Stop();
        process.Refresh();
        return (wall.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu0).TotalSeconds);
    }

    private static void Warm(WorldModel world, RunMode mode)
    {
        var run = new MonteCarloRun(world, mode == RunMode.Fast ? MonteCarloRun.FastBatchSize : 4, 1, mode,
            mode == RunMode.Exact ? ExactEngines.Create : null);
        run.RunBatches(0, run.Batches, 1);
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
