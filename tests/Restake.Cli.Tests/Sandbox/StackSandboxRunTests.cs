using System.Text.Json.Nodes;

namespace Restake.Cli.Tests.Sandbox;

public sealed class StackSandboxRunTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("restake-stack-").FullName;
    private static string Example => Path.Combine(CliHarness.RepoRoot, "examples", "sandbox", "lrt-slash-depeg-liquidation.yaml");

    [Fact]
    public void Bundled_stack_example_runs_and_shows_slash_depeg_and_liquidation()
    {
        var (exit, output, error) = CliHarness.Run("sandbox", "run", Example);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("liquidationCall on market by liquidator → reverted HealthFactorNotBelowThreshold", output);
        Assert.Contains("slashOperator on eigenlayer by avs1 → ok", output);
        Assert.Contains("ezETH: vault", output);
        Assert.Contains("53,680", output); // TVL after the slash, read from the core
        Assert.Contains("0.88", output);   // NAV per ezETH
        Assert.Contains("market: users", output);
        Assert.Contains("\"collateralSeized\"", output);
    }

    [Fact]
    public void Json_output_has_each_step_result_and_engine_state()
    {
        var (exit, output, _) = CliHarness.Run("sandbox", "run", "--json", Example);
        Assert.Equal(0, exit);
        var doc = JsonNode.Parse(output)!;
        Assert.Equal("stack", doc["kind"]!.GetValue<string>());
        var steps = doc["steps"]!.AsArray();
        Assert.Equal(16, steps.Count); // initial state + 15 steps
        var slash = steps.First(s => s!["op"]!.GetValue<string>() == "slashOperator")!;
        Assert.Equal("880000000000000000", slash["state"]!["ezETH"]!["vault"]![0]!["rate"]!.GetValue<string>());
        var last = steps.Last(s => s!["op"]!.GetValue<string>() == "liquidationCall")!;
        Assert.True(last["result"]!["ok"]!.GetValue<bool>());
        var borrower = last["state"]!["market"]!["users"]!.AsArray().First(u => u!["user"]!.GetValue<string>() == "borrower")!;
        Assert.NotNull(borrower["health factor"]);
    }

    [Fact]
    public void Bad_stack_script_stops_with_file_step_and_field_and_prints_nothing()
    {
        var text = File.ReadAllText(Example).Replace("{i: 1, j: 0, dx: \"4000e18\"", "{i: 1, j: 0, dx: \"4000.5e0\"");
        var path = Path.Combine(_temp, "bad-stack.yaml");
        File.WriteAllText(path, text);
        var (exit, output, error) = CliHarness.Run("sandbox", "run", path);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("bad-stack.yaml: step 10 (exchange): args.dx:", error);
        Assert.Contains("whole number", error);
        Assert.DoesNotContain("   at ", error);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
