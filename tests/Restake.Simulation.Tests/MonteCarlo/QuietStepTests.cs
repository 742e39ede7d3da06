using Restake.Simulation.Exact;
using Restake.Simulation.MonteCarlo;
using Restake.Simulation.Results;
using Restake.Simulation.World;

namespace Restake.Simulation.Tests.MonteCarlo;

/// <summary>
/// The simulator's shortcuts over quiet steps (ledger read back only after a slash, slashing passes skipped, LST
/// changes reused) give the same bits as running every pass at every step.
/// </summary>
public class QuietStepTests
{
    private static void AssertSamePaths(WorldModel world, Func<WorldModel, EngineSet> engines, int paths)
    {
        var fast = new PathSimulator(world, engines(world), 99);
        var full = new PathSimulator(world, engines(world), 99) { StepByStep = true };
        var a = fast.NewRecord();
        var b = full.NewRecord();
        var events = 0;
        for (var path = 0; path < paths; path++)
        {
            fast.Run(path, a);
            full.Run(path, b);
            RecordAssert.SameFigures(b, a);
            Assert.Equal(b.Points, a.Points);
            if (a.Layers.Any(x => x < 0 && x != 0)) events++;
        }

        // The world must actually exercise the event passes for the comparison to mean anything.
        Assert.True(events > paths / 2, $"only {events} of {paths} paths had a loss");
    }

    [Fact]
    public void Fast_path_with_shortcuts_equals_step_by_step() =>
        AssertSamePaths(EventfulWorld.World(), MonteCarloRun.FastEngines, 300);

    [Fact]
    public void Shortcuts_hold_with_a_cut_last_step() =>
        AssertSamePaths(EventfulWorld.World(stepDays: 7), MonteCarloRun.FastEngines, 300);

    [Fact]
    public void Exact_path_with_shortcuts_equals_step_by_step() =>
        AssertSamePaths(EventfulWorld.World(), ExactEngines.Create, 6);

    [Fact]
    public void Every_loss_layer_is_exercised_by_the_eventful_world()
    {
        var world = EventfulWorld.World();
        var sim = new PathSimulator(world, MonteCarloRun.FastEngines(world), 5);
        var record = sim.NewRecord();
        var hit = new bool[YieldLayers.Count];
        for (var path = 0; path < 100; path++)
        {
            sim.Run(path, record);
            for (var i = 0; i < record.Layers.Length; i++)
                if (record.Layers[i] < 0) hit[i % YieldLayers.Count] = true;
        }

        foreach (var layer in new[] { YieldLayer.ConsensusSlashing, YieldLayer.AvsSlashing, YieldLayer.ContractFailure })
            Assert.True(hit[(int)layer], $"{layer} never lost anything");
    }
}
