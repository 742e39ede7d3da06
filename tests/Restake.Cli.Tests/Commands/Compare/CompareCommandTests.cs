using System.Text.Json;

namespace Restake.Cli.Tests.Commands.Compare;

public sealed class CompareCommandTests : IDisposable
{
    private static readonly string Steth = Path.Combine(CliHarness.RepoRoot, "scenarios", "steth-june-2022.yaml");
    private static readonly string Spike = Path.Combine(CliHarness.RepoRoot, "scenarios", "leverage-loop-rate-spike.yaml");
    private readonly string _dir = Directory.CreateTempSubdirectory("restake-compare-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Two_scenarios_side_by_side_with_every_strategy_of_either()
    {
        var (exit, output, error) = CliHarness.Run("compare", Steth, Spike, "--paths", "40");
        Assert.Equal(0, exit);
        Assert.Contains("A: steth-june-2022", output);
        Assert.Contains("B: leverage-loop-rate-spike", output);
        foreach (var id in new[] { "hold-eth", "hold-steth", "lp-steth", "loop-steth", "hold-weeth", "loop-weeth" })
            Assert.Contains($" {id} ", output);
        Assert.Contains("A: steth-june-2022, 40 paths", error);
    }

    [Fact]
    public void Json_pairs_strategies_and_leaves_missing_sides_null()
    {
        var (exit, output, _) = CliHarness.Run("compare", Steth, Spike, "--paths", "40", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("strategies").EnumerateArray().ToList();
        Assert.Equal(6, rows.Count);
        var onlyA = rows.Single(r => r.GetProperty("id").GetString() == "loop-steth");
        Assert.Equal(JsonValueKind.Object, onlyA.GetProperty("a").ValueKind);
        Assert.Equal(JsonValueKind.Null, onlyA.GetProperty("b").ValueKind);
        Assert.Equal(JsonValueKind.Null, onlyA.GetProperty("apyChange").ValueKind);
    }

    [Fact]
    public void A_parameter_set_changes_only_what_it_names()
    {
        var (exit, output, _) = CliHarness.Run("compare", Steth, "--set-b", "strategies[loop-steth].leverage=1", "--paths", "40", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("steth-june-2022 [strategies[loop-steth].leverage=1]", json.RootElement.GetProperty("b").GetString());
        var rows = json.RootElement.GetProperty("strategies").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        // Same seed and paths: strategies the change does not touch have identical figures.
        Assert.Equal(0.0, rows["hold-steth"].GetProperty("apyChange").GetDouble());
        Assert.Equal(rows["hold-steth"].GetProperty("a").GetRawText(), rows["hold-steth"].GetProperty("b").GetRawText());
        // The loop at 1x borrows nothing: it cannot be liquidated.
        Assert.Equal(0.0, rows["loop-steth"].GetProperty("b").GetProperty("probabilityOfLiquidation").GetDouble());
    }

    [Fact]
    public void Out_writes_the_comparison_page_and_both_runs()
    {
        var (exit, _, error) = CliHarness.Run("compare", Steth, "--set-b", "venues.pools[curve-steth].amplification=100", "--paths", "40", "--out", _dir);
        Assert.Equal(0, exit);
        Assert.Contains("comparison.html", error);
        var page = File.ReadAllText(Path.Combine(_dir, "comparison.html"));
        var doc = System.Xml.Linq.XDocument.Parse(page.Replace("<!DOCTYPE html>", "", StringComparison.Ordinal));
        Assert.Equal(2, doc.Descendants().Count(e => e.Name.LocalName == "svg"));
        Assert.Equal(4, doc.Descendants().Count(e => e.Name.LocalName == "tr") - 1);
        foreach (var side in new[] { "a", "b" })
        {
            Assert.True(File.Exists(Path.Combine(_dir, side, "report.html")), side);
            Assert.True(File.Exists(Path.Combine(_dir, side, "paths.parquet")), side);
        }
    }

    [Fact]
    public void Nothing_to_compare_is_an_input_error()
    {
        var (exit, _, error) = CliHarness.Run("compare", Steth);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: B: give a second scenario", error);
    }

    [Fact]
    public void A_bad_override_value_is_reported_by_the_loader()
    {
        var (exit, _, error) = CliHarness.Run("compare", Steth, "--set-b", "strategies[loop-steth].leverage=500", "--paths", "40");
        Assert.Equal(2, exit);
        Assert.Contains("with --set-b:", error);
        Assert.Contains("strategies[3].leverage: expected a number in [1, 100], got 500", error);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var (exit, _, error) = CliHarness.Run("compare", "/no/such.yaml", Steth);
        Assert.Equal(2, exit);
        Assert.Contains("/no/such.yaml", error);
    }
}
