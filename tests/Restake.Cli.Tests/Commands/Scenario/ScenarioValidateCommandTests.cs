using System.Text.Json;

namespace Restake.Cli.Tests.Commands.Scenario;

public class ScenarioValidateCommandTests
{
    private static string Bundled(string name) => Path.Combine(CliHarness.RepoRoot, "scenarios", name);

    private static string TempScenario(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"restake-validate-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    public static TheoryData<string> BundledScenarios() =>
        [.. Directory.EnumerateFiles(Path.Combine(CliHarness.RepoRoot, "scenarios"), "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(BundledScenarios))]
    public void Every_bundled_scenario_is_valid(string name)
    {
        var (exit, output, error) = CliHarness.Run("scenario", "validate", Bundled(name));
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.StartsWith($"{Bundled(name)}: valid — {Path.GetFileNameWithoutExtension(name)}: ", output);
    }

    [Fact]
    public void Summary_counts_what_the_file_holds()
    {
        var (exit, output, _) = CliHarness.Run("scenario", "validate", Bundled("ezeth-april-2024.yaml"));
        Assert.Equal(0, exit);
        Assert.Equal(
            $"{Bundled("ezeth-april-2024.yaml")}: valid — ezeth-april-2024: 2 days in 1-hour steps, 500 paths, seed 20240424; " +
            "3 operators, 0 AVSs, 0 LSTs, 1 LRT, 1 pool, 2 lending markets, 4 strategies, 4 expected bands",
            output.TrimEnd());
    }

    [Fact]
    public void Invalid_file_prints_the_loaders_position_and_exits_2()
    {
        var text = File.ReadAllText(Bundled("steth-june-2022.yaml")).Replace("venue: aave-v2-steth, leverage: 3", "venue: nowhere, leverage: 3");
        var file = TempScenario(text);
        var line = Array.FindIndex(text.Split('\n'), l => l.Contains("venue: nowhere", StringComparison.Ordinal)) + 1;
        var column = text.Split('\n')[line - 1].IndexOf("nowhere", StringComparison.Ordinal) + 1;
        var (exit, output, error) = CliHarness.Run("scenario", "validate", file);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"error: {file}:{line}:{column}: strategies[3].venue: unknown venue \"nowhere\"", error);
        Assert.DoesNotContain(" at Restake.", error); // no stack trace
    }

    [Fact]
    public void Missing_file_is_an_input_error()
    {
        var (exit, _, error) = CliHarness.Run("scenario", "validate", "/no/such/scenario.yaml");
        Assert.Equal(2, exit);
        Assert.StartsWith("error: /no/such/scenario.yaml: cannot read the file", error);
    }

    [Fact]
    public void Several_files_report_each_and_fail_if_any_fails()
    {
        var bad = TempScenario("name: x\n");
        var (exit, output, error) = CliHarness.Run("scenario", "validate", Bundled("steth-june-2022.yaml"), bad);
        Assert.Equal(2, exit);
        Assert.Contains($"{Bundled("steth-june-2022.yaml")}: valid — ", output);
        Assert.Equal($"error: {bad}:1:1: horizonDays: missing required field", error.TrimEnd());
    }

    [Fact]
    public void Json_output_has_one_object_per_file()
    {
        var bad = TempScenario("name: [x\n");
        var (exit, output, _) = CliHarness.Run("scenario", "validate", "--json", Bundled("compounded-slashing.yaml"), bad);
        Assert.Equal(2, exit);
        var items = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.True(items[0].GetProperty("valid").GetBoolean());
        Assert.StartsWith("compounded-slashing: 365 days", items[0].GetProperty("summary").GetString());
        Assert.False(items[1].GetProperty("valid").GetBoolean());
        Assert.StartsWith($"{bad}:", items[1].GetProperty("error").GetString());
        Assert.Contains("invalid YAML", items[1].GetProperty("error").GetString());
    }
}
