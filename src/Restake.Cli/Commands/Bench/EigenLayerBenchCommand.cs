using System.CommandLine;
using System.Text.Json;
using Restake.Sandbox;
using Restake.Sandbox.EigenLayer.Bench;

namespace Restake.Cli.Commands.Bench;

/// <summary><c>restake bench eigenlayer</c>: times vector replay, deposits, a mixed workload and slashing; prints JSON.</summary>
public sealed class EigenLayerBenchCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public IReadOnlyList<string> Parent => ["bench"];

    public Command Create()
    {
        var vectors = new Option<DirectoryInfo?>("--vectors") { Description = "Folder of EigenLayer vectors (default: ../shared/conformance/eigenlayer/vectors)." };
        var rounds = new Option<int?>("--replay-rounds") { Description = "Timed replays of every vector (default 5)." };
        var deposits = new Option<int?>("--deposits") { Description = "Timed deposits (default 500000)." };
        var mixed = new Option<int?>("--mixed-ops") { Description = "Timed calls of the mixed workload (default 200000)." };
        var slashes = new Option<int?>("--slashes") { Description = "Timed slashes per world size (default 50000)." };
        var large = new Option<int?>("--large-stakers") { Description = "Delegated stakers of the large slashing world (default 100000)." };
        var command = new Command("eigenlayer",
            "EigenLayer engine throughput: replay steps/s, deposits/s, mixed ops/s, slash cost with 10 and 100k stakers (wall and CPU).");
        foreach (var o in new Option[] { vectors, rounds, deposits, mixed, slashes, large }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(vectors)?.ToString() ?? SharedFolder.Find("conformance/eigenlayer/vectors")
                ?? throw InputException.At(null, null, "--vectors", "not given and ../shared/conformance/eigenlayer/vectors was not found");
            if (!Directory.Exists(folder)) throw InputException.At(null, null, "--vectors", $"folder '{folder}' does not exist");
            var defaults = new EigenLayerBenchOptions { VectorsDirectory = folder };
            var options = defaults with
            {
                ReplayRounds = Positive(parse.GetValue(rounds), "--replay-rounds") ?? defaults.ReplayRounds,
                Deposits = Positive(parse.GetValue(deposits), "--deposits") ?? defaults.Deposits,
                MixedOps = Positive(parse.GetValue(mixed), "--mixed-ops") ?? defaults.MixedOps,
                Slashes = Positive(parse.GetValue(slashes), "--slashes") ?? defaults.Slashes,
                LargeStakers = Positive(parse.GetValue(large), "--large-stakers") ?? defaults.LargeStakers,
            };
            parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(EigenLayerBench.Run(options), Json));
            return 0;
        });
        return command;
    }

    private static int? Positive(int? value, string option) =>
        value is < 1 ? throw InputException.At(null, null, option, $"expected a positive integer, got {value}") : value;
}
