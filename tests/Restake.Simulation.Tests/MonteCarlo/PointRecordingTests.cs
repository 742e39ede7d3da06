using Restake.Simulation.MonteCarlo;
using Restake.Simulation.Results;
using Restake.Simulation.World;

namespace Restake.Simulation.Tests.MonteCarlo;

/// <summary>
/// Paths outside the band sample run without recording their points: recording only reads the state, so every other
/// figure of the path is the same bits, and a run keeps exactly the sample's points.
/// </summary>
public class PointRecordingTests
{
    [Fact]
    public void A_path_without_its_points_has_the_same_figures()
    {
        var world = EventfulWorld.World();
        var sim = new PathSimulator(world, MonteCarloRun.FastEngines(world), 11);
        var with = sim.NewRecord();
        var without = sim.NewRecord();
        for (var path = 0; path < 200; path++)
        {
            sim.Run(path, with);
            sim.Run(path, without, recordPoints: false);
            RecordAssert.SameFigures(with, without);
        }

        Assert.All(without.Points, x => Assert.Equal(0, x));
        Assert.Contains(with.Points, x => x != 0);
    }

    [Fact]
    public void A_run_records_the_points_of_the_sample_only()
    {
        var world = EventfulWorld.World();
        var run = new MonteCarloRun(world, 40, 5, RunMode.Fast);
        Assert.True(run.Accumulator.StoresPoints(0));
        Assert.True(run.Accumulator.StoresPoints(39));
        run.RunBatches(0, run.Batches, 2);
        var sim = new PathSimulator(world, MonteCarloRun.FastEngines(world), 5);
        var record = sim.NewRecord();
        var points = run.Accumulator.Layout.Points;
        for (var path = 0; path < 40; path += 13)
        {
            sim.Run(path, record);
            for (var series = 0; series < run.Accumulator.Points.Length; series++)
                for (var p = 0; p < points; p++)
                    Assert.Equal((float)record.Points[series * points + p], run.Accumulator.Points[series][path * points + p]);
        }

        Assert.False(new RunAccumulator(world, RunAccumulator.BandPaths + 1).StoresPoints(RunAccumulator.BandPaths));
    }
}
