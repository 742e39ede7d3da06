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
    /// Historical replays whose simulated pool drains far below the documented depeg: the day-level selling and
    /// arbitrage model does not reproduce them yet (the Curve price at the recorded balances does — see
    /// <see cref="StethReplayBandTests"/>). Listed here so they are reported as skipped, never silently passed.
    /// </summary>
    private static readonly string[] ReplaysNotYetReproduced = ["ezeth-april-2024.yaml", "steth-june-2022.yaml"];

    public static TheoryData<string> WithBands() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "scenarios"), "*.yaml")
            .Where(f => !ScenarioLoader.Load(f).Expected.IsEmpty).Select(f => Path.GetFileName(f))
            .Except(ReplaysNotYetReproduced).Order()];

    [Theory]
    [MemberData(nameof(WithBands))]
    public void Scenario_reproduces_its_expected_bands(string name) => AssertBands(name);

    [Theory(Skip = "the simulated panic selling drains the pool far below the documented depeg; model work pending")]
    [InlineData("ezeth-april-2024.yaml")]
    [InlineData("steth-june-2022.yaml")]
    public void Historical_replay_reproduces_its_expected_bands(string name) => AssertBands(name);

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
