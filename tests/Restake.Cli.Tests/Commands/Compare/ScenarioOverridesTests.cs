using Restake.Cli.Commands.Compare;
using Restake.Scenarios.Loading;

namespace Restake.Cli.Tests.Commands.Compare;

public class ScenarioOverridesTests
{
    private static readonly string File = Path.Combine(CliHarness.RepoRoot, "scenarios", "steth-june-2022.yaml");
    private static readonly string Text = System.IO.File.ReadAllText(File);

    [Fact]
    public void Sets_fields_by_name_index_and_id()
    {
        var text = ScenarioOverrides.Apply(Text,
            ["paths=77", "strategies[loop-steth].leverage=2", "venues.pools[0].amplification=100", "holders.arbitrage.capacityEthPerDay=5"], "--set-b");
        var s = ScenarioLoader.Parse(text, "edited.yaml");
        Assert.Equal(77, s.Paths);
        Assert.Equal(2, s.Strategies.Single(x => x.Id == "loop-steth").Leverage);
        Assert.Equal(100, s.Venues.Pools[0].Amplification);
        Assert.Equal(5, s.Holders.Arbitrage.CapacityEthPerDay);
        // Untouched fields keep their values.
        Assert.Equal(ScenarioLoader.Parse(Text, "x.yaml").Venues.Pools[0].Balances.ToArray(), s.Venues.Pools[0].Balances.ToArray());
    }

    [Fact]
    public void Adds_a_field_that_was_left_to_its_default()
    {
        var s = ScenarioLoader.Parse(ScenarioOverrides.Apply(Text, ["consensus.exitQueueDays=12"], "--set-a"), "edited.yaml");
        Assert.Equal(12, s.Consensus.ExitQueueDays);
    }

    [Fact]
    public void No_assignments_leave_the_text_as_it_is() => Assert.Same(Text, ScenarioOverrides.Apply(Text, [], "--set-a"));

    [Theory]
    [InlineData("leverage", "--set-b: expected PATH=VALUE, got \"leverage\"")]
    [InlineData("strategies[nope].leverage=2", "--set-b: strategies[nope].leverage: no item with id \"nope\"")]
    [InlineData("strategies[9].leverage=2", "--set-b: strategies[9].leverage: no item [9] (the list has 4)")]
    [InlineData("venue.pools[0].fee=0", "--set-b: venue.pools[0].fee: no field \"venue\"")]
    [InlineData("name[0]=x", "--set-b: name[0]: [0] applied to something that is not a list")]
    [InlineData("strategies[0]=x", "--set-b: strategies[0]: a path must end with a field name")]
    [InlineData("a..b=1", "--set-b: a..b: cannot read \"\"")]
    public void Bad_paths_are_input_errors_naming_the_flag(string assignment, string message) =>
        Assert.StartsWith(message, Assert.Throws<InputException>(() => ScenarioOverrides.Apply(Text, [assignment], "--set-b")).Message);
}
