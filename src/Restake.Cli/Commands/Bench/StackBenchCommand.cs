using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Restake.Sandbox.Stack;

namespace Restake.Cli.Commands.Bench;

/// <summary><c>restake bench stack</c>: times simulated days of the whole wired stack and prints JSON.</summary>
public sealed class StackBenchCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public IReadOnlyList<string> Parent => ["bench"];

    public Command Create()
    {
        var days = new Option<int>("--days") { Description = "Simulated days to time (default 3).", DefaultValueFactory = _ => 3 };
        var operators = new Option<int>("--operators") { Description = "Operators (default 2000).", DefaultValueFactory = _ => 2_000 };
        var stakers = new Option<int>("--stakers") { Description = "Direct stakers (default 100000).", DefaultValueFactory = _ => 100_000 };
        var borrowers = new Option<int>("--borrowers") { Description = "Leveraged ezETH borrowers (default 1000).", DefaultValueFactory = _ => 1_000 };
        var command = new Command("stack",
            "One simulated day of the wired stack (core, LRT, pool, market) at mainnet size: time per day and per activity, as JSON.");
        foreach (var o in new Option[] { days, operators, stakers, borrowers }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var d = parse.GetValue(days);
            if (d < 1) throw InputException.At(null, null, "--days", $"expected at least 1, got {d}");
            var shape = new StackDayShape { Operators = parse.GetValue(operators), Stakers = parse.GetValue(stakers), Borrowers = parse.GetValue(borrowers) };
            if (shape.Operators < shape.LrtOperators) throw InputException.At(null, null, "--operators", $"expected at least {shape.LrtOperators}, got {shape.Operators}");
            if (shape.Stakers < 1 || shape.Borrowers < 1) throw InputException.At(null, null, "--stakers/--borrowers", "expected at least 1");
            var setup = Stopwatch.StartNew();
            var workload = new StackDayWorkload(shape);
            setup.Stop();
            var results = Enumerable.Range(0, d).Select(_ => workload.RunDay()).ToList();
            var sorted = results.Select(r => r.TotalMs).Order().ToList();
            parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(new
            {
                shape,
                setupSeconds = setup.Elapsed.TotalSeconds,
                msPerDayMedian = sorted[sorted.Count / 2],
                msPerDayMin = sorted[0],
                days = results,
            }, Json));
            return 0;
        });
        return command;
    }
}
