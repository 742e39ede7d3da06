using System.CommandLine;
using System.Text.Json;
using Restake.Cli;

namespace Restake.Cli.Tests.Commands.Bench;

public class SlashingMcCommandTests
{
    private static readonly string Mainnet = Path.Combine(AppContext.BaseDirectory,
        "../../../../../../shared/benchmarks/slashing-mc-mainnet.json");

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliRunner.Run(CommandCatalog.Build(new RootCommand()), args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Prints_one_json_object_with_exactly_the_benchmark_fields()
    {
        var (code, output, _) = Run("bench", "slashing-mc", Mainnet, "--paths", "20000", "--seed", "3");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["paths", "seconds", "meanNav", "stdErr", "closedFormMean", "pLoss", "var99", "cvar99"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(20000, json.RootElement.GetProperty("paths").GetInt64());
        var mean = json.RootElement.GetProperty("meanNav").GetDouble();
        var closed = json.RootElement.GetProperty("closedFormMean").GetDouble();
        var se = json.RootElement.GetProperty("stdErr").GetDouble();
        Assert.InRange(mean, closed - 3 * se, closed + 3 * se);
    }

    [Fact]
    public void Same_seed_and_thread_counts_print_the_same_figures()
    {
        static string Figures(string output) => string.Join(",", JsonDocument.Parse(output).RootElement.EnumerateObject()
            .Where(p => p.Name != "seconds").Select(p => p.Value.GetRawText()));
        var one = Run("bench", "slashing-mc", Mainnet, "--paths", "10000", "--seed", "8", "--threads", "1");
        var two = Run("bench", "slashing-mc", Mainnet, "--paths", "10000", "--seed", "8", "--threads", "2");
        Assert.Equal(Figures(one.Out), Figures(two.Out));
    }

    [Fact]
    public void Bad_file_exits_2_naming_file_and_field()
    {
        var file = Path.Combine(Path.GetTempPath(), $"slashing-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, File.ReadAllText(Mainnet).Replace("\"implicationProbability\": 0.5", "\"implicationProbability\": 2"));
        try
        {
            var (code, _, error) = Run("bench", "slashing-mc", file);
            Assert.Equal(2, code);
            Assert.StartsWith($"error: {file}: implicationProbability: expected a number in [0, 1]", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Too_few_paths_is_an_input_error()
    {
        var (code, _, error) = Run("bench", "slashing-mc", Mainnet, "--paths", "1");
        Assert.Equal(2, code);
        Assert.Contains("--paths", error);
    }
}
