using Restake.Application.Runs;
using Restake.Simulation.Results;

namespace Restake.Application.Tests.Runs;

/// <summary>
/// Every bundled scenario through both paths with the same streams: each strategy's mean final wealth agrees within
/// Monte Carlo error, and — since both paths draw the same events from streams keyed by (seed, path, process) — every
/// path's final wealth agrees to rounding (the exact path's integer engines against the fast path's doubles).
/// </summary>
public class BundledAgreementTests
{
    private const int Paths = 300;

    public static TheoryData<string> Scenarios() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoRoot(), "scenarios"), "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Restake.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Restake.slnx not found above the test binaries");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Fast_and_exact_agree_on_the_bundled_scenario(string name)
    {
        var file = Path.Combine(RepoRoot(), "scenarios", name);
        var fast = RunService.Run(new RunRequest(file, Paths: Paths, Mode: RunMode.Fast));
        var exact = RunService.Run(new RunRequest(file, Paths: Paths, Mode: RunMode.Exact));
        Assert.Equal(fast.Strategies.Select(s => s.Id), exact.Strategies.Select(s => s.Id));
        for (var i = 0; i < fast.Strategies.Count; i++)
        {
            var id = fast.Strategies[i].Id;
            var f = fast.Strategies[i].Yield;
            var e = exact.Strategies[i].Yield;
            var tolerance = 4 * Math.Sqrt(f.StdErr * f.StdErr + e.StdErr * e.StdErr) + 1e-6;
            Assert.True(Math.Abs(f.MeanFinalWealth - e.MeanFinalWealth) <= tolerance,
                $"{name} {id}: fast {f.MeanFinalWealth} vs exact {e.MeanFinalWealth} (± {tolerance})");
            var fw = fast.Output.Strategies[i].FinalWealth;
            var ew = exact.Output.Strategies[i].FinalWealth;
            Assert.Equal(Paths, fw.Length);
            for (var p = 0; p < fw.Length; p++)
                Assert.True(Math.Abs(fw[p] - ew[p]) <= 1e-9 * Math.Max(1, Math.Abs(fw[p])),
                    $"{name} {id} path {p}: fast {fw[p]:R} vs exact {ew[p]:R}");
        }
    }
}
