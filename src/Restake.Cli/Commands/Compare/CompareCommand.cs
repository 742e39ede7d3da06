using System.CommandLine;
using System.Text.Json;
using Restake.Application.Runs;
using Restake.Cli.Output;
using Restake.Reports.Comparison;
using Restake.Simulation.Results;
using Spectre.Console;

namespace Restake.Cli.Commands.Compare;

/// <summary>
/// <c>restake compare A [B] [--set-a PATH=VALUE]… [--set-b PATH=VALUE]… [--out DIR]</c>: runs two scenarios, or one
/// scenario under two parameter sets, with the same seed and paths, and prints their strategies side by side.
/// </summary>
public sealed class CompareCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public IReadOnlyList<string> Parent => [];

    public int Order => 20;

    public Command Create()
    {
        var first = new Argument<string>("A") { Description = "Scenario file A." };
        var second = new Argument<string?>("B") { Description = "Scenario file B (default: A, changed by --set-b).", Arity = ArgumentArity.ZeroOrOne };
        var setA = new Option<string[]>("--set-a") { Description = "Change a field of A: PATH=VALUE, e.g. strategies[loop-weeth].leverage=5 (repeatable)." };
        var setB = new Option<string[]>("--set-b") { Description = "Change a field of B: PATH=VALUE (repeatable)." };
        var paths = new Option<long?>("--paths") { Description = "Monte Carlo paths for both runs (default: each scenario's)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed for both runs (default: each scenario's)." };
        var exact = new Option<bool>("--exact") { Description = "Exact path for both runs (default: fast)." };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores)." };
        var output = new Option<string?>("--out") { Description = "Directory for comparison.html and each run's files (a/, b/)." };
        var json = new Option<bool>("--json") { Description = "Print the comparison as JSON." };
        var command = new Command("compare", "Run two scenarios or parameter sets and put their strategies side by side.");
        command.Arguments.Add(first);
        command.Arguments.Add(second);
        foreach (var o in new Option[] { setA, setB, paths, seed, exact, threads, output, json }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var fileA = parse.GetValue(first)!;
            var changesA = parse.GetValue(setA) ?? [];
            var changesB = parse.GetValue(setB) ?? [];
            var fileB = parse.GetValue(second);
            if (fileB is null && changesB.Length == 0 && changesA.Length == 0)
                throw InputException.At(null, null, "B", "give a second scenario, or --set-a / --set-b to compare parameter sets of one");
            if (parse.GetValue(threads) is < 1) throw InputException.At(null, null, "--threads", "expected at least 1");
            var mode = parse.GetValue(exact) ? RunMode.Exact : RunMode.Fast;
            RunRequest Request(string file, string[] changes, string option) => new(file,
                changes.Length == 0 ? null : ScenarioOverrides.Apply(ReadScenario(file), changes, option),
                changes.Length == 0 ? file : $"{file} with {option}", parse.GetValue(paths), parse.GetValue(seed), mode, parse.GetValue(threads));

            var error = parse.InvocationConfiguration.Error;
            var a = RunService.Run(Request(fileA, changesA, "--set-a"));
            error.WriteLine($"A: {a.Run.ScenarioName}, {a.Run.Paths:N0} paths in {a.Run.ElapsedSeconds:0.00} s");
            var b = RunService.Run(Request(fileB ?? fileA, changesB, "--set-b"));
            error.WriteLine($"B: {b.Run.ScenarioName}, {b.Run.Paths:N0} paths in {b.Run.ElapsedSeconds:0.00} s");
            var comparison = RunComparison.Of(a, b, Label(a, changesA), Label(b, changesB));

            if (parse.GetValue(json)) parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(ComparisonJson.Of(comparison), Json));
            else CompareTable.Print(Terminal.For(parse), comparison);
            if (parse.GetValue(output) is { } directory)
            {
                var writers = RunArtifacts.Discover(typeof(CompareCommand).Assembly);
                RunArtifacts.Write(a, Path.Combine(directory, "a"), writers);
                RunArtifacts.Write(b, Path.Combine(directory, "b"), writers);
                File.WriteAllText(Path.Combine(directory, ComparisonReport.FileName), ComparisonReport.Build(comparison));
                error.WriteLine($"wrote {Path.Combine(directory, ComparisonReport.FileName)}");
            }

            return 0;
        });
        return command;
    }

    private static string ReadScenario(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.At(file, null, null, $"cannot read the file ({e.Message})");
        }
    }

    private static string Label(RunResult run, string[] changes) =>
        changes.Length == 0 ? run.Run.ScenarioName : $"{run.Run.ScenarioName} [{string.Join(", ", changes)}]";
}
