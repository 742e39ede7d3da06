using System.Text.Json.Nodes;

namespace Restake.Cli.Tests.Conformance;

public sealed class EigenLayerConformanceCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("restake-el-").FullName;

    private static string Vector(string name) => CliHarness.Shared($"conformance/eigenlayer/vectors/{name}");

    [Fact]
    public void Recorded_vectors_pass_and_the_closing_line_counts_files()
    {
        var (exit, output, _) = CliHarness.Run("conformance", "eigenlayer",
            Vector("hand-02-slash-half-then-deposit-then-withdraw.json"), Vector("hand-08-invalid-calls.json"));
        Assert.Equal(0, exit);
        Assert.Contains("PASS  hand-02-slash-half-then-deposit-then-withdraw.json", output);
        Assert.EndsWith("2 passed, 0 failed", output.TrimEnd());
    }

    [Fact]
    public void A_tampered_vector_fails_naming_step_field_expected_and_actual()
    {
        var doc = JsonNode.Parse(File.ReadAllText(Vector("hand-01-happy-path-deposit-delegate-withdraw.json")))!;
        var step = doc["steps"]!.AsArray().First(s => s!["op"]!.GetValue<string>() == "depositIntoStrategy")!;
        var index = step["i"]!.GetValue<int>();
        var staker = step["caller"]!.GetValue<string>();
        step["state"]!["stakers"]![staker]!["tokenBalances"]!["tokenA"] = "1";
        var path = Path.Combine(_temp, "tampered.json");
        File.WriteAllText(path, doc.ToJsonString());

        var (exit, output, _) = CliHarness.Run("conformance", "eigenlayer", path, Vector("hand-08-invalid-calls.json"));

        Assert.Equal(1, exit);
        Assert.Contains("FAIL  tampered.json", output);
        Assert.Contains($"step {index}  state.stakers.{staker}.tokenBalances.tokenA: expected 1, actual ", output);
        Assert.EndsWith("1 passed, 1 failed", output.TrimEnd());
    }

    [Fact]
    public void Json_report_lists_every_file()
    {
        var (exit, output, _) = CliHarness.Run("conformance", "eigenlayer", "--json", Vector("hand-04-full-slash-to-zero.json"));
        Assert.Equal(0, exit);
        var doc = JsonNode.Parse(output)!;
        Assert.Equal(1, doc["passed"]!.GetValue<int>());
        Assert.True(doc["files"]![0]!["passed"]!.GetValue<bool>());
    }

    [Fact]
    public void A_missing_path_is_an_input_error()
    {
        var (exit, output, error) = CliHarness.Run("conformance", "eigenlayer", Path.Combine(_temp, "nope"));
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("no such file or folder", error);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
