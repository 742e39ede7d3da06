using Restake.Scenarios.Loading;

namespace Restake.Scenarios.Tests.Loading;

/// <summary>
/// Every validation rule, each by one edit of the example: the message must be "example.yaml:line:column: path: …"
/// with the position of the offending node, found in the edited text as the first <c>token</c> on <c>line</c>.
/// </summary>
public class ScenarioValidationTests
{
    private static string Fails(string text) =>
        Assert.Throws<InputException>(() => ScenarioLoader.Parse(text, "example.yaml")).Message;

    internal static void AssertRule(string from, string to, int line, string token, string path, string problem)
    {
        Assert.Contains(from, ScenarioLoaderTests.Example);
        var text = ScenarioLoaderTests.Example.Replace(from, to);
        var column = text.Split('\n')[line - 1].IndexOf(token, StringComparison.Ordinal) + 1;
        Assert.True(column > 0, $"token {token} not on line {line}");
        var message = Fails(text);
        Assert.StartsWith($"example.yaml:{line}:{column}: {path}: ", message);
        Assert.Contains(problem, message);
    }

    [Fact]
    public void Unknown_operator_in_an_operator_set() =>
        AssertRule("{ operator: op1, magnitude: 0.3 }", "{ operator: op9, magnitude: 0.3 }", 41, "op9",
            "avss[0].operatorSets[0].allocations[0].operator", "unknown operator \"op9\" (expected one of: op1, op2)");

    [Fact]
    public void Operator_allocated_twice_in_one_set() =>
        AssertRule("{ operator: op2, magnitude: 0.6 }", "{ operator: op1, magnitude: 0.6 }", 42, "op1",
            "avss[0].operatorSets[0].allocations[1].operator", "duplicate allocated operator id \"op1\"");

    [Fact]
    public void Magnitudes_summing_above_one_across_operator_sets() =>
        AssertRule("      - id: main\n", "      - id: extra\n        allocations:\n          - { operator: op1, magnitude: 0.8 }\n      - id: main\n",
            44, "0.3", "avss[0].operatorSets[1].allocations[0].magnitude", "summing to 1.1");

    [Fact]
    public void Magnitude_above_one_on_its_own() =>
        AssertRule("magnitude: 0.6", "magnitude: 1.2", 42, "1.2", "avss[0].operatorSets[0].allocations[1].magnitude",
            "expected a number in [0, 1], got 1.2");

    [Theory]
    [InlineData("faultProbabilityPerYear: 0.02", "faultProbabilityPerYear: -0.02", 33, "-0.02", "avss[0].faultProbabilityPerYear")]
    [InlineData("slashFraction: 0.5", "slashFraction: -1", 34, "-1", "avss[0].slashFraction")]
    [InlineData("annualFailureProbability: 0.002", "annualFailureProbability: -0.002", 81, "-0.002", "contractRisks[1].annualFailureProbability")]
    public void Negative_probabilities(string from, string to, int line, string token, string path) =>
        AssertRule(from, to, line, token, path, "expected a number in [0, 1]");

    [Fact]
    public void Strategy_naming_a_missing_venue() =>
        AssertRule("    venue: aave-core\n    leverage", "    venue: nowhere\n    leverage", 89, "nowhere", "strategies[1].venue",
            "unknown venue \"nowhere\" (expected one of: curve-steth, aave-core)");

    [Fact]
    public void Loop_strategy_on_a_pool_instead_of_a_lending_market() =>
        AssertRule("    venue: aave-core\n    leverage", "    venue: curve-steth\n    leverage", 89, "curve-steth",
            "strategies[1].venue", "unknown lending market \"curve-steth\"");

    [Fact]
    public void Lp_strategy_without_a_venue() =>
        AssertRule("    asset: stETH\n    venue: curve-steth\n", "    asset: stETH\n", 91, "id", "strategies[2].venue",
            "missing required field (a lp strategy needs a venue)");

    [Fact]
    public void Loopers_on_a_missing_market() =>
        AssertRule("venue: aave-core, shareOfSupply", "venue: morpho-x, shareOfSupply", 77, "morpho-x", "holders.loopers.venue",
            "unknown lending market \"morpho-x\"");

    [Theory]
    [InlineData("    slashFraction: 0.5\n", "    slashFraction: 0.5\n    slashFactor: 0.5\n", 35, "slashFactor", "avss[0].slashFactor")]
    [InlineData("seed: 42\n", "seed: 42\ncolour: blue\n", 8, "colour", "colour")]
    [InlineData("{ base: 0,", "{ base: 0, floor: 0,", 72, "floor", "venues.lendingMarkets[0].borrowRate.floor")]
    [InlineData("    model: gbm\n    initial: 3000", "    model: gbm\n    file: x.csv\n    initial: 3000", 11, "file", "assets.ethUsd.file")]
    public void Unknown_fields(string from, string to, int line, string token, string path) =>
        AssertRule(from, to, line, token, path, "unknown field (expected one of:");

    [Theory]
    [InlineData("stakeEth: 50000", "stakeEth: lots", 29, "lots", "operators[1].stakeEth", "expected a number, got \"lots\"")]
    [InlineData("slashFraction: 0.5", "slashFraction: '0.5'", 34, "'0.5'", "avss[0].slashFraction", "expected a number, got the string \"0.5\"")]
    [InlineData("paths: 1000", "paths: 10.5", 6, "10.5", "paths", "expected a non-negative integer")]
    [InlineData("tokens: [ETH, stETH]", "tokens: ETH", 59, "ETH", "venues.pools[0].tokens", "expected a list")]
    [InlineData("style: rebasing", "style: rebased", 45, "rebased", "lsts[0].style", "expected one of: rebasing, rate")]
    [InlineData("oracle: exchange-rate", "oracle: chainlink", 71, "chainlink", "venues.lendingMarkets[0].oracle", "expected one of: exchange-rate, market")]
    [InlineData("  arbitrage: { capacityEthPerDay: 50000 }", "  arbitrage: [50000]", 76, "[", "holders.arbitrage", "expected a mapping")]
    [InlineData("    reward: { token: EIGEN,", "    reward: { token: [EIGEN],", 32, "[EIGEN]", "avss[0].reward.token", "expected a text value")]
    public void Wrong_types(string from, string to, int line, string token, string path, string problem) =>
        AssertRule(from, to, line, token, path, problem);

    [Theory]
    [InlineData("    slashFraction: 0.5\n", "", 31, "id: oracle", "avss[0].slashFraction")]
    [InlineData("name: example\n", "", 2, "description", "name")]
    [InlineData("      ltv: 0.93\n", "", 0, "", "")]
    [InlineData("  arbitrage: { capacityEthPerDay: 50000 }\n", "", 75, "panicSelling", "holders.arbitrage")]
    [InlineData("    kind: hold\n", "    kind:\n", 84, "kind", "strategies[0].kind")]
    public void Missing_required_fields(string from, string to, int line, string token, string path)
    {
        if (line == 0)
        {
            // Lending market: the mapping starting at "id: aave-core".
            AssertRule("      ltv: 0.93\n", "", 64, "id", "venues.lendingMarkets[0].ltv", "missing required field");
            return;
        }

        AssertRule(from, to, line, token, path, "missing required field");
    }

    [Theory]
    [InlineData("  - id: op2\n", "  - id: op1\n", 28, "op1", "operators[1].id", "duplicate operator id \"op1\"")]
    [InlineData("  - id: ezETH\n", "  - id: stETH\n", 49, "stETH", "lrts[0].id", "duplicate asset id \"stETH\"")]
    [InlineData("    - id: EIGEN\n", "    - id: ETH\n", 16, "ETH", "assets.tokens[0].id", "duplicate asset id \"ETH\"")]
    [InlineData("    - id: aave-core\n", "    - id: curve-steth\n", 64, "curve-steth", "venues.lendingMarkets[0].id", "duplicate venue id")]
    [InlineData("  - id: loop-ezeth\n", "  - id: hold-ezeth\n", 86, "hold-ezeth", "strategies[1].id", "duplicate strategy id")]
    public void Duplicate_ids(string from, string to, int line, string token, string path, string problem) =>
        AssertRule(from, to, line, token, path, problem);

    [Theory]
    [InlineData("{ op1: 0.7, op2: 0.3 }", "{ op1: 0.7, op2: 0.2 }", 53, "{ op1", "lrts[0].allocationPolicy.weights", "expected weights summing to 1, got 0.8999")]
    [InlineData("{ op1: 0.7, op2: 0.3 }", "{ op1: 0.7, op7: 0.3 }", 53, "op7", "lrts[0].allocationPolicy.weights.op7", "unknown operator \"op7\"")]
    [InlineData("{ kind: manual, weights", "{ kind: equal, weights", 53, "{ op1", "lrts[0].allocationPolicy.weights", "only allowed with kind: manual")]
    [InlineData("underlying: stETH", "underlying: rETH", 51, "rETH", "lrts[0].underlying", "unknown underlying \"rETH\" (expected ETH or an LST id: stETH)")]
    [InlineData("{ token: EIGEN,", "{ token: ALT,", 32, "ALT", "avss[0].reward.token", "unknown asset \"ALT\"")]
    [InlineData("collateral: ezETH", "collateral: weETH", 66, "weETH", "venues.lendingMarkets[0].collateral", "unknown asset \"weETH\"")]
    [InlineData("liquidationThreshold: 0.95", "liquidationThreshold: 0.9", 69, "0.9", "venues.lendingMarkets[0].liquidationThreshold", "expected at least the ltv (0.93)")]
    [InlineData("      supplyEth: 1000000\n", "      supplyEth: 1000000\n      borrowedEth: 1000001\n", 74, "1000001", "venues.lendingMarkets[0].borrowedEth", "expected at most the supply (1000000), got 1000001")]
    [InlineData("      supplyEth: 1000000\n", "      supplyEth: 1000000\n      borrowedEth: -1\n", 74, "-1", "venues.lendingMarkets[0].borrowedEth", "expected a number in [0,")]
    [InlineData("balances: [100000, 100000]", "balances: [100000]", 62, "[", "venues.pools[0].balances", "expected 2 balances")]
    [InlineData("stepDays: 1", "stepDays: 0", 5, "0", "stepDays", "expected a number in (0, 365], got 0")]
    [InlineData("initial: 3000", "initial: -3", 11, "-3", "assets.ethUsd.initial", "expected a number in (0, ∞], got -3")]
    [InlineData("stepDays: 1", "stepDays: 400", 5, "400", "stepDays", "expected a number in (0, 365], got 400")]
    [InlineData("    leverage: 4\n", "    leverage: 0.5\n", 90, "0.5", "strategies[1].leverage", "expected a number in [1, 100]")]
    [InlineData("    kind: hold\n    asset: ezETH\n", "    kind: hold\n    asset: ezETH\n    leverage: 2\n", 86, "2", "strategies[0].leverage", "only allowed for loop strategies")]
    public void Consistency_rules(string from, string to, int line, string token, string path, string problem) =>
        AssertRule(from, to, line, token, path, problem);

    [Fact]
    public void Malformed_yaml_names_the_position()
    {
        var message = Fails(ScenarioLoaderTests.Example.Replace("seed: 42\n", "seed: [42\n"));
        Assert.Matches(@"^example\.yaml:\d+:\d+: \(document\): invalid YAML", message);
    }

    [Fact]
    public void Duplicate_keys_are_refused()
    {
        var message = Fails(ScenarioLoaderTests.Example.Replace("seed: 42\n", "seed: 42\nseed: 43\n"));
        Assert.StartsWith("example.yaml:8:1: (document): invalid YAML", message);
    }
}
