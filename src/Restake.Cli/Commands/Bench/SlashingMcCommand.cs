using System.CommandLine;
using System.Text.Json;
using Restake.Simulation.Slashing;

namespace Restake.Cli.Commands.Bench;

/// <summary><c>restake bench slashing-mc INSTANCE.json</c>: runs the slashing Monte Carlo workload and prints its figures as JSON.</summary>
public sealed class SlashingMcCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public IReadOnlyList<string> Parent => ["bench"];

    public Command Create()
    {
        var instance = new Argument<FileInfo>("INSTANCE.json") { Description = "Workload file (benchmark-slashing-mc format)." };
        var paths = new Option<long?>("--paths") { Description = "Number of paths (default: the file's)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the random streams (default: the file's)." };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores); results do not depend on it." };
        var command = new Command("slashing-mc",
            "Slashing Monte Carlo: mean NAV with standard error, closed-form mean, P(loss), VaR99, CVaR99, run time.");
        command.Arguments.Add(instance);
        command.Options.Add(paths);
        command.Options.Add(seed);
        command.Options.Add(threads);
        command.SetAction(parse =>
        {
            // The path as typed, so messages name the file the way the user wrote it.
            var file = parse.GetValue(instance)!.ToString();
            var requestedPaths = parse.GetValue(paths);
            if (requestedPaths is < 2 or > SlashingMonteCarlo.MaxPaths)
                throw InputException.At(null, null, "--paths", $"expected an integer in [2, {SlashingMonteCarlo.MaxPaths}], got {requestedPaths}");
            var requestedThreads = parse.GetValue(threads);
            if (requestedThreads is < 1) throw InputException.At(null, null, "--threads", $"expected at least 1, got {requestedThreads}");
            var result = SlashingMonteCarlo.Run(SlashingInstanceLoader.Load(file),
                requestedPaths, parse.GetValue(seed), requestedThreads);
            parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(result, Json));
            return 0;
        });
        return command;
    }
}
