using System.CommandLine;
using System.Text.Json;

namespace Restake.Cli.Tests.Commands.Conformance;

public sealed class DefiConformanceCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("defi-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string SharedDefi()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Restake.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "conformance", "defi"));
        throw new DirectoryNotFoundException("repository root not found");
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliRunner.Run(CommandCatalog.Build(new RootCommand()), args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void PassingFilesExitZeroWithASummaryLine()
    {
        var shared = SharedDefi();
        var files = new[] { "curve-stableswap-legacy", "curve-stableswap-ng", "aave-v3.3", "morpho-blue", "leverage" }
            .Select(g => Path.Combine(shared, g + ".json")).ToArray();
        var (exit, output, _) = Run(["conformance", "defi", .. files]);
        Assert.Equal(0, exit);
        Assert.Contains("curve-stableswap-legacy.json (curve-stableswap-legacy): 11/11 cases matched", output);
        Assert.EndsWith("5 passed, 0 failed", output.TrimEnd());
    }

    [Fact]
    public void AMismatchIsPrintedAndFailsTheRun()
    {
        File.WriteAllText(Path.Combine(_dir, "lev.json"), """
            {"format":"defi-case/1","group":"leverage","cases":[
              {"name":"wrong","engine":"leverage","integer":false,"state":{"liquidationThreshold":"9500","healthFactor":"1010000000000000000"},
               "call":{"op":"leverage","args":{}},"expect":{"leverage":"16.8334"}}]}
            """);
        var (exit, output, _) = Run("conformance", "defi", _dir);
        Assert.Equal(1, exit);
        Assert.Contains("wrong: leverage: expected 16.8334, got 16.8333", output);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd());
    }

    [Fact]
    public void JsonOutputCarriesTheSameCounts()
    {
        var (exit, output, _) = Run("conformance", "defi", Path.Combine(SharedDefi(), "morpho-blue.json"), "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("passed").GetInt32());
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.Equal(6, file.GetProperty("casesPassed").GetInt32());
        Assert.True(file.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public void BadInputIsOneErrorLineAndExitTwo()
    {
        File.WriteAllText(Path.Combine(_dir, "broken.json"), """{"format":"defi-case/1","group":"g","cases":[{"name":"n"}]}""");
        var (exit, output, error) = Run("conformance", "defi", _dir);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: broken.json: case 'n': engine: missing", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
        Assert.Equal(2, Run("conformance", "defi", Path.Combine(_dir, "nope")).Exit);
    }
}
