using System.CommandLine;
using Restake.Analysis.Security;

namespace Restake.Cli.Commands.Security;

/// <summary><c>restake security generate</c>: writes a synthetic network of a given shape.</summary>
public sealed class SecurityGenerateCommand : ICliCommand
{
    /// <inheritdoc />
    public IReadOnlyList<string> Parent => ["security"];

    /// <inheritdoc />
    public int Order => 20;

    /// <inheritdoc />
    public Command Create()
    {
        var operators = new Option<int>("--operators") { Description = "Number of operators", DefaultValueFactory = _ => 2000 };
        var services = new Option<int>("--services") { Description = "Number of services", DefaultValueFactory = _ => 50 };
        var minDegree = new Option<int>("--min-degree") { Description = "Fewest services per operator", DefaultValueFactory = _ => 1 };
        var maxDegree = new Option<int>("--max-degree") { Description = "Most services per operator", DefaultValueFactory = _ => 15 };
        var dist = new Option<string>("--stake-distribution") { Description = "pareto, lognormal or uniform", DefaultValueFactory = _ => "pareto" };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var ratio = new Option<double>("--max-profit-ratio") { Description = "Largest profit as a fraction of the stake securing a service", DefaultValueFactory = _ => 0.6 };
        var model = new Option<string>("--model") { Description = "pooled or unique-stake", DefaultValueFactory = _ => "pooled" };
        var output = new Option<string?>("--out", "-o") { Description = "Output file (default: standard output)" };
        var cmd = new Command("generate", "Write a synthetic restaking network (conformance JSON format)");
        foreach (var o in new Option[] { operators, services, minDegree, maxDegree, dist, seed, ratio, model, output }) cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            var d = pr.GetValue(dist)!.ToLowerInvariant() switch
            {
                "pareto" => StakeDistribution.Pareto,
                "lognormal" => StakeDistribution.LogNormal,
                "uniform" => StakeDistribution.Uniform,
                var x => throw InputException.At(null, null, "--stake-distribution", $"unknown distribution '{x}' (expected pareto, lognormal or uniform)"),
            };
            var m = StakeModelNames.Parse(pr.GetValue(model)) ?? throw InputException.At(null, null, "--model", $"unknown model '{pr.GetValue(model)}'");
            var spec = new GeneratorSpec(pr.GetValue(operators), pr.GetValue(services), pr.GetValue(minDegree), pr.GetValue(maxDegree), d, pr.GetValue(seed), pr.GetValue(ratio), m);
            if (spec.Operators < 1) throw InputException.At(null, null, "--operators", "must be ≥ 1");
            if (spec.Services < 1) throw InputException.At(null, null, "--services", "must be ≥ 1");
            if (spec.MinDegree < 1 || spec.MaxDegree < spec.MinDegree) throw InputException.At(null, null, "--min-degree/--max-degree", "need 1 ≤ min ≤ max");
            if (!(spec.MaxProfitRatio >= 0)) throw InputException.At(null, null, "--max-profit-ratio", "must be ≥ 0");
            var text = NetworkWriter.ToJson(NetworkGenerator.Generate(spec), ["0.001", "0.01", "0.05"]);
            if (pr.GetValue(output) is { } path) File.WriteAllText(path, text);
            else pr.InvocationConfiguration.Output.WriteLine(text);
            return 0;
        });
        return cmd;
    }
}
