using System.CommandLine;
using Restake.Application.Runs;
using Restake.Cli.Output;
using Restake.Simulation.Results;
using Spectre.Console;

namespace Restake.Cli.Commands.Run;

/// <summary>
/// <c>restake run [SCENARIO] [--paths N] [--seed S] [--fast|--exact] [--out DIR]</c>: simulates a scenario with a live
/// progress bar, prints a summary table, and writes summary.json (and every other registered artifact) into DIR.
/// </summary>
public sealed class RunCommand : ICliCommand
{
    /// <summary>Scenario run when none is named.</summary>
    public const string DefaultScenario = "scenarios/ethereum-2025.yaml";

    public IReadOnlyList<string> Parent => [];

    public int Order => 10;

    public Command Create()
    {
        var scenario = new Argument<string>("SCENARIO") { Description = $"Scenario file (default: {DefaultScenario}).", Arity = ArgumentArity.ZeroOrOne };
        var paths = new Option<long?>("--paths") { Description = "Monte Carlo paths (default: the scenario's)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the random streams (default: the scenario's)." };
        var fast = new Option<bool>("--fast") { Description = "Fast path: doubles, parallel (default)." };
        var exact = new Option<bool>("--exact") { Description = "Exact path: drives the integer protocol engines." };
        var output = new Option<string?>("--out") { Description = "Output directory (default: runs/<scenario name>)." };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores); results do not depend on it." };
        var command = new Command("run", "Simulate a scenario: yields per layer, loss distribution, depeg, liquidations, security.");
        command.Arguments.Add(scenario);
        foreach (var o in new Option[] { paths, seed, fast, exact, output, threads }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            if (parse.GetValue(fast) && parse.GetValue(exact)) throw InputException.At(null, null, "--exact", "choose one of --fast and --exact");
            if (parse.GetValue(threads) is < 1) throw InputException.At(null, null, "--threads", "expected at least 1");
            var file = parse.GetValue(scenario) ?? DefaultScenario;
            var request = new RunRequest(file, Paths: parse.GetValue(paths), Seed: parse.GetValue(seed),
                Mode: parse.GetValue(exact) ? RunMode.Exact : RunMode.Fast, Threads: parse.GetValue(threads));
            var session = RunService.Prepare(request);
            var console = Terminal.For(parse);
            if (Terminal.IsInteractive(parse))
                console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                        new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask($"{session.Scenario.Name}: {session.Run.Paths:N0} paths ({request.Mode.ToString().ToLowerInvariant()})",
                            maxValue: session.Batches);
                        session.RunBatches(progress: p => task.Value = p.BatchesDone);
                    });
            else session.RunBatches();
            var result = session.Result();
            var directory = parse.GetValue(output) ?? Path.Combine("runs", session.Scenario.Name);
            RunArtifacts.Write(result, directory, RunArtifacts.Discover(typeof(RunCommand).Assembly));
            RunTable.Print(console, result);
            console.MarkupLine($"[grey]{result.Run.Paths:N0} paths in {result.Run.ElapsedSeconds:0.00} s; wrote {Markup.Escape(directory)}[/]");
            return 0;
        });
        return command;
    }
}
