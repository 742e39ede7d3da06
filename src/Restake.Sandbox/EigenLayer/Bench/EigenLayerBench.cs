using Restake.Numerics;

namespace Restake.Sandbox.EigenLayer.Bench;

/// <summary>
/// A plain stopwatch benchmark of the EigenLayer engine: vector replay, deposits by delegated stakers, the mixed
/// workload, and slash cost in a 10-staker and a large world. Each section first repeats its work for at least
/// <see cref="WarmUpSeconds"/> so the timed part measures fully optimised (tier-1) code.
/// </summary>
public static class EigenLayerBench
{
    private const int DepositStakers = 10_000;

    /// <summary>Minimum warm-up per section: tiered compilation promotes hot methods only after about 100 ms of calls.</summary>
    public const double WarmUpSeconds = 0.5;

    private static void WarmUp(Action round)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        do round();
        while (System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds < WarmUpSeconds);
    }

    /// <summary>Runs every section with the sizes of <paramref name="options"/>.</summary>
    public static EigenLayerBenchResult Run(EigenLayerBenchOptions options)
    {
        var replay = Replay(options);
        var deposits = Deposits(options.Deposits);
        var mixed = Mixed(options.MixedOps);
        var small = Slashes(10, options.Slashes);
        var large = Slashes(options.LargeStakers, options.Slashes);
        var wall = replay.Wall + deposits.Wall + mixed.Wall + small.Wall + large.Wall;
        var cpu = replay.Cpu + deposits.Cpu + mixed.Cpu + small.Cpu + large.Cpu;
        return new EigenLayerBenchResult(
            replay.Count / options.ReplayRounds,
            replay.Count / replay.Wall,
            deposits.Count / deposits.Wall,
            mixed.Count / mixed.Wall,
            small.Wall / small.Count * 1e6,
            large.Wall / large.Count * 1e6,
            new EigenLayerBenchCpu(
                replay.Count / replay.Cpu,
                deposits.Count / deposits.Cpu,
                mixed.Count / mixed.Cpu,
                small.Cpu / small.Count * 1e6,
                large.Cpu / large.Count * 1e6,
                wall,
                cpu));
    }

    /// <summary>Replays every vector <see cref="EigenLayerBenchOptions.ReplayRounds"/> times (world building included).</summary>
    public static (long Count, double Wall, double Cpu) Replay(EigenLayerBenchOptions options)
    {
        var scripts = Directory.EnumerateFiles(options.VectorsDirectory, "*.json").Order(StringComparer.Ordinal)
            .Select(ElScriptParser.Load).ToList();
        if (scripts.Count == 0) throw InputException.At(options.VectorsDirectory, null, "vectors", "no *.json vector files in the folder");
        WarmUp(() => ReplayOnce(scripts));
        var clock = CpuStopwatch.Start();
        long steps = 0;
        for (var r = 0; r < options.ReplayRounds; r++) steps += ReplayOnce(scripts);
        var (wall, cpu) = clock.Elapsed();
        return (steps, wall, cpu);
    }

    private static long ReplayOnce(IReadOnlyList<ElScript> scripts)
    {
        long steps = 0;
        foreach (var script in scripts)
        {
            var core = ElWorld.Build(script);
            foreach (var step in script.Steps)
            {
                ElCallExecutor.Execute(core, step.Call, step.Caller);
                steps++;
            }
        }

        return steps;
    }

    /// <summary>Deposits of 1 token each by 10,000 delegated stakers in turn (warm-up on a separate world).</summary>
    public static (long Count, double Wall, double Cpu) Deposits(int deposits)
    {
        var amount = UInt256.Parse("1000000000000000000");
        var practice = DepositWorld();
        WarmUp(() => DepositRound(practice, amount, DepositStakers));
        var world = DepositWorld();
        var clock = CpuStopwatch.Start();
        DepositRound(world, amount, deposits);
        var (wall, cpu) = clock.Elapsed();
        return (deposits, wall, cpu);
    }

    private static ElBenchWorld DepositWorld()
    {
        var world = new ElBenchWorld(DepositStakers, operators: 10);
        world.DepositAndDelegateAll(UInt256.Parse("32000000000000000000"));
        return world;
    }

    private static void DepositRound(ElBenchWorld world, UInt256 amount, int deposits)
    {
        var sm = world.Core.StrategyManager;
        var stakers = world.Stakers;
        for (var i = 0; i < deposits; i++) sm.DepositIntoStrategy(stakers[i % stakers.Length], world.Strategy, world.Token, amount);
    }

    /// <summary>
    /// The mixed workload (1,000 stakers, 16 operators, seed 1) from its start, so every run times the same calls; the
    /// warm-up runs on a separate instance.
    /// </summary>
    public static (long Count, double Wall, double Cpu) Mixed(int operations)
    {
        var practice = new SyntheticWorkload(stakers: 1_000, operators: 16, seed: 2);
        WarmUp(() => practice.Run(1_000));
        var workload = new SyntheticWorkload(stakers: 1_000, operators: 16, seed: 1);
        var clock = CpuStopwatch.Start();
        var tally = workload.Run(operations);
        var (wall, cpu) = clock.Elapsed();
        return (tally.Operations, wall, cpu);
    }

    /// <summary>
    /// Slashes of one operator with <paramref name="stakers"/> delegated stakers, one block apart, never cleared, on a
    /// fresh world (the warm-up slashes a separate 10-staker world).
    /// </summary>
    public static (long Count, double Wall, double Cpu) Slashes(int stakers, int slashes)
    {
        var practice = SlashWorld(10);
        WarmUp(() => SlashRound(practice, 100));
        var world = SlashWorld(stakers);
        var clock = CpuStopwatch.Start();
        SlashRound(world, slashes);
        var (wall, cpu) = clock.Elapsed();
        return (slashes, wall, cpu);
    }

    private static ElBenchWorld SlashWorld(int stakers)
    {
        var world = new ElBenchWorld(stakers, operators: 1);
        world.DepositAndDelegateAll(UInt256.Parse("32000000000000000000"));
        return world;
    }

    private static void SlashRound(ElBenchWorld world, int slashes)
    {
        var slash = world.SmallestSlash();
        var core = world.Core;
        for (var i = 0; i < slashes; i++)
        {
            core.AdvanceBlocks(1);
            core.AllocationManager.SlashOperator(world.Avs, world.Avs, slash);
        }
    }
}
