using System.Text.Json.Nodes;

namespace Restake.Cli.Tests.Sandbox;

public sealed class SandboxRunCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("restake-sandbox-").FullName;
    private static string Example => Path.Combine(CliHarness.RepoRoot, "examples", "sandbox", "avs-slash-30-percent.yaml");

    [Fact]
    public void Bundled_example_runs_and_shows_the_slash_in_the_tables()
    {
        var (exit, output, error) = CliHarness.Run("sandbox", "run", Example);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("slashOperator by avs1 → ok", output);
        // 30 % of a 50 % allocation: max magnitude 85 %, and staker1's 100 tokens are worth 85 withdrawable shares.
        Assert.Contains("85% (850000000000000000)", output);
        Assert.Contains("85000000000000000000", output);
        Assert.Contains("Burned", output);
    }

    [Fact]
    public void Json_output_has_every_step_with_result_and_state()
    {
        var (exit, output, _) = CliHarness.Run("sandbox", "run", "--json", Example);
        Assert.Equal(0, exit);
        var steps = JsonNode.Parse(output)!["steps"]!.AsArray();
        Assert.Equal(14, steps.Count); // initial state + 13 steps
        var slash = steps.First(s => s!["op"]!.GetValue<string>() == "slashOperator")!;
        Assert.Equal("1", slash["result"]!["returns"]!["slashId"]!.GetValue<string>());
        Assert.Equal("850000000000000000",
            slash["state"]!["operators"]!["operator1"]!["strategies"]!["strategyA"]!["maxMagnitude"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("op: flyToTheMoon", "step 0", "op", "unknown operation")]
    [InlineData("op: depositIntoStrategy\n    caller: nobody", "step 0", "caller", "nobody")]
    [InlineData("op: depositIntoStrategy\n    caller: staker1\n    args: {strategy: strategyA, token: tokenA, amount: \"-5\"}", "step 0", "amount", "negative")]
    [InlineData("op: depositIntoStrategy\n    caller: staker1\n    args: {strategy: strategyA, token: tokenA, amount: \"1157920892373161954235709850086879078532699846656405640394575840079131296399360\"}", "step 0", "amount", "uint256")]
    [InlineData("op: depositIntoStrategy\n    caller: staker1\n    args: {strategy: strategyA, token: tokenA, amount: ten}", "step 0", "amount", "ten")]
    [InlineData("op: depositIntoStrategy\n    caller: staker1\n    args: {strategy: strategyA, token: tokenA}", "step 0", "amount", "missing")]
    public void Bad_scripts_stop_with_one_message_naming_file_step_and_field_and_print_nothing(
        string step, string where, string field, string problem)
    {
        var path = Path.Combine(_temp, "bad.yaml");
        File.WriteAllText(path, $"actors: {{stakers: [staker1], operators: [operator1], avss: [avs1]}}\nsteps:\n  - {step}\n");
        var (exit, output, error) = CliHarness.Run("sandbox", "run", path);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("bad.yaml", error);
        Assert.Contains(where, error);
        Assert.Contains(field, error);
        Assert.Contains(problem, error);
        Assert.DoesNotContain("   at ", error);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
