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
    public static TheoryData<string> WithBands() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "scenarios"), "*.yaml")
            .Where(f => !ScenarioLoader.Load(f).Expected.IsEmpty).Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(WithBands))]
    public void Scenario_reproduces_its_expected_bands(string name)
    {
        var file = RepoPaths.Scenario(name);
        var scenario = ScenarioLoader.Load(file);
        var outcomes = ExpectedBands.Check(scenario, RunService.Run(new RunRequest(file)));
        var report = string.Join("\n", outcomes.Select(o =>
            $"{o.Band.Metric} of {o.Band.Of}: {o.Value?.ToString("G6") ?? "not measured"} in [{o.Band.Min}, {o.Band.Max}] → {o.Status}"));
        Assert.True(outcomes.All(o => o.Status == BandStatus.Inside), $"{name}:\n{report}");
    }
}
