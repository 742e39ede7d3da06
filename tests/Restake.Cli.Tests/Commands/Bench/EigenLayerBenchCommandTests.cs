using System.Text.Json;

namespace Restake.Cli.Tests.Commands.Bench;

public class EigenLayerBenchCommandTests
{
    [Fact]
    public void Prints_the_throughput_figures_as_json()
    {
        var (exit, output, error) = CliHarness.Run("bench", "eigenlayer", "--replay-rounds", "1", "--deposits", "2000",
            "--mixed-ops", "2000", "--slashes", "50", "--large-stakers", "200");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["replaySteps", "replayStepsPerSecond", "depositsPerSecond", "mixedOpsPerSecond", "slashMicros10", "slashMicros100k", "cpu"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("replaySteps").GetInt64() > 1_000);
        foreach (var name in new[] { "replayStepsPerSecond", "depositsPerSecond", "mixedOpsPerSecond", "slashMicros10", "slashMicros100k" })
        {
            Assert.True(root.GetProperty(name).GetDouble() > 0, name);
            Assert.True(root.GetProperty("cpu").GetProperty(name).GetDouble() > 0, "cpu." + name);
        }
    }

    [Theory]
    [InlineData("--deposits", "0", "--deposits")]
    [InlineData("--vectors", "/no/such/folder", "does not exist")]
    public void Bad_options_are_input_errors(string option, string value, string expected)
    {
        var (exit, _, error) = CliHarness.Run("bench", "eigenlayer", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error);
    }
}
