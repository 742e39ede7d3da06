namespace Restake.Scenarios.Tests.Loading;

/// <summary>The expected-band rules, each by one edit of the example's <c>expected</c> section.</summary>
public class ExpectedBandValidationTests
{
    private static void AssertRule(string from, string to, int line, string token, string path, string problem) =>
        ScenarioValidationTests.AssertRule(from, to, line, token, path, problem);

    [Fact]
    public void Unknown_metric() =>
        AssertRule("metric: min-price", "metric: max-price", 104, "max-price", "expected[1].metric",
            "expected one of: initial-pool-price, min-price, mean-apy, mean-return, probability-of-loss, probability-of-liquidation, bad-debt");

    [Fact]
    public void Pool_metric_naming_a_lending_market() =>
        AssertRule("    of: curve-steth\n", "    of: aave-core\n", 100, "aave-core", "expected[0].of",
            "unknown pool \"aave-core\" (expected one of: curve-steth)");

    [Fact]
    public void Price_metric_naming_ether() =>
        AssertRule("of: ezETH, min: 0.5", "of: ETH, min: 0.5", 104, "ETH", "expected[1].of",
            "unknown LST or LRT \"ETH\" (expected one of: stETH, ezETH)");

    [Fact]
    public void Strategy_metric_naming_a_lending_market() =>
        AssertRule("of: loop-ezeth, min: 0, max: 100", "of: aave-core, min: 0, max: 100", 105, "aave-core", "expected[2].of",
            "unknown strategy \"aave-core\"");

    [Fact]
    public void Strategy_metric_naming_an_unknown_strategy() =>
        AssertRule("of: loop-ezeth, min: -1", "of: loop-x, min: -1", 106, "loop-x", "expected[3].of",
            "unknown strategy \"loop-x\" (expected one of: hold-ezeth, loop-ezeth, lp-steth, solo, restake-op1, exchange)");

    [Fact]
    public void Max_below_min() =>
        AssertRule("    max: 1.0\n", "    max: 0.98\n", 102, "0.98", "expected[0].max", "expected at least min (0.99), got 0.98");

    [Fact]
    public void Missing_max() =>
        AssertRule("{ metric: bad-debt, of: loop-ezeth, min: 0, max: 100 }", "{ metric: bad-debt, of: loop-ezeth, min: 0 }", 105,
            "{", "expected[2].max", "missing required field");

    [Fact]
    public void Quoted_bound_is_text() =>
        AssertRule("min: 0.5, max: 1.01", "min: '0.5', max: 1.01", 104, "'0.5'", "expected[1].min", "expected a number, got the string \"0.5\"");

    [Fact]
    public void Unknown_field_in_a_band() =>
        AssertRule("    source: balanced pool", "    note: balanced pool", 103, "note", "expected[0].note",
            "unknown field (expected one of: metric, of, min, max, source)");
}
