using System.CommandLine;
using System.Text.Json;
using Restake.Scenarios.Loading;

namespace Restake.Cli.Commands.Scenario;

/// <summary>
/// <c>restake scenario validate FILE…</c>: loads each scenario with full validation; prints "FILE: valid — summary" or the
/// loader's "file:line:column: field: problem" message, and exits 2 when any file is invalid.
/// </summary>
public sealed class ScenarioValidateCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <inheritdoc />
    public IReadOnlyList<string> Parent => ["scenario"];

    /// <inheritdoc />
    public int Order => 10;

    /// <inheritdoc />
    public Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files (YAML)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per file: file, valid, summary or error" };
        var command = new Command("validate", "Check scenario files: shape, ids, references, consistency; errors with file:line:column");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var results = parse.GetValue(files)!.Select(Check).ToList();
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(results, Json));
            }
            else
            {
                foreach (var r in results)
                {
                    if (r.Valid) output.WriteLine($"{r.File}: valid — {r.Summary}");
                    else error.WriteLine($"error: {r.Error}");
                }
            }

            return results.All(r => r.Valid) ? 0 : CliRunner.InputError;
        });
        return command;
    }

    private static ValidationResult Check(string file)
    {
        try
        {
            return new ValidationResult(file, true, ScenarioSummary.Of(ScenarioLoader.Load(file)), null);
        }
        catch (InputException e)
        {
            return new ValidationResult(file, false, null, e.Message);
        }
    }

    /// <summary>The outcome for one file.</summary>
    public sealed record ValidationResult(string File, bool Valid, string? Summary, string? Error);
}
