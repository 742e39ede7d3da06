using Restake.Scenarios.Loading;
using Restake.Scenarios.Model;

namespace Restake.Scenarios.Tests.Loading;

/// <summary>The fields the simulation adds: consensus slashing, LRT TVL, withdrawal runs, stake/restake/custodial strategies.</summary>
public class SimulationFieldsTests
{
    private static string WithAdditions(string text) => ScenarioLoaderTests.Example
        .Replace("  exitQueueDays: 10\n", "  exitQueueDays: 10\n  slashingProbabilityPerYear: 0.002\n  slashingPenalty: 0.02\n")
        .Replace("    withdrawalDelayDays: 7\n", "    withdrawalDelayDays: 7\n    tvlEth: 500000\n")
        .Replace("  liquidators: { capacityEthPerDay: 100000, minProfitEth: 0.05 }\n",
            "  liquidators: { capacityEthPerDay: 100000, minProfitEth: 0.05 }\n  runs: { intensityPerYear: 0.5, fractionOfSupply: 0.1 }\n")
        .Replace("expected:\n", text + "expected:\n"); // the added strategy goes at the end of the strategies list

    private static string Fails(string text) =>
        Assert.Throws<InputException>(() => ScenarioLoader.Parse(text, "example.yaml")).Message;

    [Fact]
    public void Loads_the_added_fields()
    {
        var s = ScenarioLoader.Parse(WithAdditions(""), "example.yaml");
        Assert.Equal((0.002, 0.02), (s.Consensus.SlashingProbabilityPerYear, s.Consensus.SlashingPenalty));
        Assert.Equal(500_000, s.Lrts.Single().TvlEth);
        Assert.Equal(new WithdrawalRuns(0.5, 0.1), s.Holders.Runs);
    }

    [Fact]
    public void Defaults_when_left_out()
    {
        var s = ScenarioLoader.Parse(ScenarioLoaderTests.Example, "example.yaml");
        Assert.Equal((0.0, 0.01), (s.Consensus.SlashingProbabilityPerYear, s.Consensus.SlashingPenalty));
        Assert.Null(s.Holders.Runs);
    }

    [Theory]
    [InlineData("  - { id: s2, kind: stake, asset: stETH }\n", "strategies[6].asset", "a stake strategy stakes ETH")]
    [InlineData("  - { id: s2, kind: custodial, asset: ETH }\n", "strategies[6].fee", "missing")]
    [InlineData("  - { id: s2, kind: custodial, asset: ETH, fee: 1.5 }\n", "strategies[6].fee", "[0, 1]")]
    [InlineData("  - { id: s2, kind: restake, asset: ETH }\n", "strategies[6].operator", "missing")]
    [InlineData("  - { id: s2, kind: restake, asset: ETH, operator: op7 }\n", "strategies[6].operator", "unknown operator \"op7\"")]
    [InlineData("  - { id: s2, kind: restake, asset: ezETH, operator: op1 }\n", "strategies[6].asset", "restakes ETH or an LST")]
    [InlineData("  - { id: s2, kind: hold, asset: ETH, operator: op1 }\n", "strategies[6].operator", "only allowed for restake")]
    [InlineData("  - { id: s2, kind: stake, asset: ETH, fee: 0.1 }\n", "strategies[6].fee", "only allowed for custodial")]
    [InlineData("  - { id: s2, kind: stake, asset: ETH, venue: aave-core }\n", "strategies[6].venue", "a stake strategy uses no venue")]
    public void Rejects_bad_strategies(string line, string path, string problem)
    {
        var message = Fails(WithAdditions(line));
        Assert.Matches($@"^example\.yaml:\d+:\d+: {System.Text.RegularExpressions.Regex.Escape(path)}: ", message);
        Assert.Contains(problem, message);
    }

    [Fact]
    public void Rejects_bad_runs() =>
        Assert.Contains("holders.runs.fractionOfSupply",
            Fails(WithAdditions("").Replace("fractionOfSupply: 0.1", "fractionOfSupply: 2")));
}
