namespace Restake.Cli.Tests.Commands.Run;

public sealed class RunCommandTests : IDisposable
{
    private static readonly string Default = Path.Combine(CliHarness.RepoRoot, "scenarios", "ethereum-2025.yaml");
    private readonly string _dir = Directory.CreateTempSubdirectory("restake-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Prints_one_unwrapped_row_per_strategy_and_writes_the_report()
    {
        var output = Path.Combine(_dir, "out");
        var (exit, text, error) = CliHarness.Run("run", Default, "--paths", "200", "--out", output);
        Assert.True(exit == 0, error);
        // Captured output is not a terminal: rows must not wrap, so each id appears whole on one line with its figures.
        foreach (var id in new[] { "hold-steth", "hold-weeth", "loop-weeth", "lp-steth", "lend-eth" })
            Assert.Contains(text.Split('\n'), line => line.Contains($" {id} ") && line.Contains('%'));
        Assert.Contains("200 paths in", text);
        Assert.DoesNotContain("0%", text.Split('\n')[0]);
        Assert.True(new FileInfo(Path.Combine(output, "summary.json")).Length > 0);
        Assert.True(new FileInfo(Path.Combine(output, "report.html")).Length > 0);
    }

    [Fact]
    public void Fast_and_exact_together_are_refused_before_any_output()
    {
        var output = Path.Combine(_dir, "both");
        var (exit, _, error) = CliHarness.Run("run", Default, "--fast", "--exact", "--out", output);
        Assert.Equal(2, exit);
        Assert.Contains("--exact", error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_missing_scenario_names_the_file_and_leaves_no_directory()
    {
        var output = Path.Combine(_dir, "missing");
        var missing = Path.Combine(_dir, "nope.yaml");
        var (exit, _, error) = CliHarness.Run("run", missing, "--out", output);
        Assert.Equal(2, exit);
        Assert.Contains("nope.yaml", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(Directory.Exists(output));
    }
}
