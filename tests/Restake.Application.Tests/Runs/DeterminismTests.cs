using Restake.Application.Runs;
using Restake.Simulation.Results;

namespace Restake.Application.Tests.Runs;

/// <summary>Same seed → same bytes, for any thread count; fast and exact paths agree within Monte Carlo error.</summary>
public class DeterminismTests
{
    private static RunResult Run(int threads, RunMode mode = RunMode.Fast, long paths = 600) =>
        RunService.Run(new RunRequest(Worlds.DataFile("world.yaml"), Paths: paths, Seed: 11, Mode: mode, Threads: threads));

    [Fact]
    public void Same_seed_gives_byte_identical_summaries_on_one_and_two_threads()
    {
        var one = SummaryJsonWriter.Serialize(Run(1, paths: 9000));
        var two = SummaryJsonWriter.Serialize(Run(2, paths: 9000));
        var again = SummaryJsonWriter.Serialize(Run(2, paths: 9000));
        Assert.Equal(one, two);
        Assert.Equal(two, again);
    }

    [Fact]
    public void Fast_and_exact_paths_agree_within_monte_carlo_error()
    {
        var fast = Run(2, RunMode.Fast, 400);
        var exact = Run(2, RunMode.Exact, 400);
        for (var i = 0; i < fast.Strategies.Count; i++)
        {
            var f = fast.Strategies[i].Yield;
            var e = exact.Strategies[i].Yield;
            var tolerance = 4 * Math.Sqrt(f.StdErr * f.StdErr + e.StdErr * e.StdErr) + 1e-6;
            Assert.True(Math.Abs(f.MeanFinalWealth - e.MeanFinalWealth) <= tolerance,
                $"{fast.Strategies[i].Id}: fast {f.MeanFinalWealth} vs exact {e.MeanFinalWealth} (± {tolerance})");
        }

        // Same streams, same events: the deterministic parts (strategies without pools) agree path by path.
        var solo = fast.Output.Strategies.Single(s => s.StrategyId == "solo");
        var soloExact = exact.Output.Strategies.Single(s => s.StrategyId == "solo");
        Assert.Equal(solo.FinalWealth, soloExact.FinalWealth);
    }

    [Fact]
    public void Bad_scenario_is_an_input_error_naming_the_position()
    {
        var text = File.ReadAllText(Worlds.DataFile("world.yaml")).Replace("slashFraction: 0.5", "slashFraction: 5");
        var e = Assert.Throws<InputException>(() => RunService.Run(new RunRequest(null, text, "bad.yaml", 10)));
        Assert.Matches(@"^bad\.yaml:\d+:\d+: avss\[0\]\.slashFraction: ", e.Message);
    }

    [Fact]
    public void Writing_artifacts_replaces_nothing_on_failure()
    {
        var result = Run(2, paths: 50);
        var dir = Path.Combine(Path.GetTempPath(), "restake-run-" + Guid.NewGuid().ToString("N"));
        Assert.Throws<InvalidOperationException>(() => RunArtifacts.Write(result, dir, [new SummaryJsonWriter(), new Failing()]));
        Assert.False(Directory.Exists(dir));
        RunArtifacts.Write(result, dir, [new SummaryJsonWriter()]);
        Assert.True(File.Exists(Path.Combine(dir, SummaryJsonWriter.FileName)));
        Directory.Delete(dir, true);
    }

    private sealed class Failing : IRunArtifactWriter
    {
        public void Write(RunResult result, string directory) => throw new InvalidOperationException("boom");
    }
}
