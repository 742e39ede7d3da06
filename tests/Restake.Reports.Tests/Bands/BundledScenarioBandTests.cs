using Restake.Application.Runs;
using Restake.Reports.Bands;
using Restake.Scenarios.Loading;

namespace Restake.Reports.Tests.Bands;

/// <summary>
/// Every bundled scenario, run through the run service at its own seed and paths, reproduces the outcomes written
/// into it as expected bands (historical replays: the documented figures; teaching scenarios: their worked reasoning).
/// </summary>
public class BundledScenarioBandTests
{
    /// <summary>
    /// Historical replays the market model does not reproduce yet: the ezETH replay's depeg, liquidations and losses
    /// are inside their bands, but its Morpho market realises no bad debt. Bad debt needs the oracle to fall from above a
    /// position's liquidation price to below LTV·LIF of it (about 10 %) before liquidators act; on the day the market
    /// oracle went from just under 1.0 to ~0.84 within minutes (5,035 WETH repaid for 6,236.72 ezETH at LIF 1.0438),
    /// reading venues thinner than the one pool the replay trades, while hourly steps on that pool move a few percent.
    /// Letting the oracle follow the one pool within a step instead runs away (each round of liquidations is profitable
    /// at the price the last one left), so the oracle's venues need their own model. Listed here so it is reported as
    /// skipped, never silently passed.
    /// </summary>
    private static readonly string[] ReplaysNotYetReproduced = ["ezeth-april-2024.yaml"];

    /// <summary>Historical replays, checked by their own theories below.</summary>
    private static readonly string[] Replays = ["ezeth-april-2024.yaml", "steth-june-2022.yaml"];

    public static TheoryData<string> WithBands() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "scenarios"), "*.yaml")
            .Where(f => !ScenarioLoader.Load(f).Expected.IsEmpty).Select(f => Path.GetFileName(f))
            .Except(Replays).Order()];

    [Theory]
    [MemberData(nameof(WithBands))]
    public void Scenario_reproduces_its_expected_bands(string name) => AssertBands(name);

    [Theory]
    [InlineData("steth-june-2022.yaml")]
    public void Historical_replay_reproduces_its_expected_bands(string name) => AssertBands(name);

    [Theory(Skip = "the ezETH replay's Morpho market realises no bad debt: its oracle read thinner venues than the one pool modelled")]
    [InlineData("ezeth-april-2024.yaml")]
    public void Historical_replay_not_yet_reproduced(string name)
    {
        Assert.Contains(name, ReplaysNotYetReproduced);
        AssertBands(name);
    }

    private static void AssertBands(string name)
    {
        var file = RepoPaths.Scenario(name);
        var scenario = ScenarioLoader.Load(file);
        var outcomes = ExpectedBands.Check(scenario, RunService.Run(new RunRequest(file)));
        var report = string.Join("\n", outcomes.Select(o =>
            $"{o.Band.Metric} of {o.Band.Of}: {o.Value?.ToString("G6") ?? "not measured"} in [{o.Band.Min}, {o.Band.Max}] → {o.Status}"));
        Assert.True(outcomes.All(o => o.Status == BandStatus.Inside), $"{name}:\n{report}");
    }
}
