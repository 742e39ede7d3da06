using System.Text.Json.Nodes;

namespace Restake.Cli.Tests.Commands.Bench;

public sealed class StackBenchCommandTests
{
    [Fact]
    public void Small_world_day_reports_time_and_every_activity_count()
    {
        var (exit, output, error) = CliHarness.Run("bench", "stack", "--days", "2", "--operators", "20", "--stakers", "200", "--borrowers", "10");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var doc = JsonNode.Parse(output)!;
        Assert.True(doc["msPerDayMedian"]!.GetValue<double>() > 0);
        var days = doc["days"]!.AsArray();
        Assert.Equal(2, days.Count);
        var counts = days[0]!["counts"]!;
        Assert.Equal(2_000, counts["coreDeposits"]!.GetValue<int>());
        Assert.Equal(1_000, counts["lrtDeposits"]!.GetValue<int>());
        Assert.Equal(24 * 10, counts["healthChecks"]!.GetValue<int>());
        Assert.Equal(1, counts["slash"]!.GetValue<int>());
        Assert.True(counts["swaps"]!.GetValue<int>() > 0);
        // A 5 % slash of an LRT operator's allocation lowers the NAV below 1 despite the day's rewards.
        Assert.True(System.Numerics.BigInteger.Parse(days[1]!["lrtRate"]!.GetValue<string>()) < System.Numerics.BigInteger.Pow(10, 18));
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--operators", "5")]
    public void Bad_sizes_are_input_errors(string option, string value)
    {
        var (exit, _, error) = CliHarness.Run("bench", "stack", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(option, error);
    }
}
