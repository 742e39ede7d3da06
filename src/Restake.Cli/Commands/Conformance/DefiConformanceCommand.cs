using System.CommandLine;
using System.Text.Json;
using Restake.Cli.Output;
using Restake.Sandbox.Defi;

namespace Restake.Cli.Commands.Conformance;

/// <summary>
/// <c>restake conformance defi [DIR...]</c>: replays the exact-integer DeFi case files and reports every mismatch;
/// exits 0 only when every file passes.
/// </summary>
public sealed class DefiConformanceCommand : ICliCommand
{
    /// <summary>Where the case files live, relative to the repository root.</summary>
    public const string DefaultDirectory = "../shared/conformance/defi";

    /// <inheritdoc />
    public IReadOnlyList<string> Parent { get; } = ["conformance"];

    /// <inheritdoc />
    public Command Create()
    {
        var paths = new Argument<string[]>("dir")
        {
            Description = $"Directories of defi-case/1 JSON files, or single files (default {DefaultDirectory}).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Write the reports as JSON." };
        var command = new Command("defi", "Replay DeFi/staking exact-integer cases (Curve, Aave, Morpho, LSTs) against the engines.");
        command.Arguments.Add(paths);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var files = InputPaths.ExpandInputs(parseResult.GetValue(paths), "conformance/defi", ".json");
            var runner = DefiConformanceRunner.Discover();
            var reports = files.Select(runner.RunFile).ToList();
            if (parseResult.GetValue(json)) WriteJson(output, reports);
            else WriteText(output, reports);
            return reports.All(r => r.Passed) ? 0 : 1;
        });
        return command;
    }

    private static void WriteText(TextWriter output, IReadOnlyList<DefiFileReport> reports)
    {
        foreach (var report in reports)
        {
            var status = report.Passed ? "ok" : "FAIL";
            output.WriteLine($"{status} {report.File} ({report.Group}): {report.CasesPassed}/{report.Cases} cases matched");
            foreach (var m in report.Mismatches)
                output.WriteLine($"  {m.Case}: {m.Field}: expected {m.Expected}, got {m.Actual}");
        }

        var passed = reports.Count(r => r.Passed);
        PassFailLine.Write(output, passed, reports.Count - passed);
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<DefiFileReport> reports)
    {
        var passed = reports.Count(r => r.Passed);
        var document = new
        {
            files = reports.Select(r => new
            {
                file = r.File,
                group = r.Group,
                cases = r.Cases,
                casesPassed = r.CasesPassed,
                passed = r.Passed,
                mismatches = r.Mismatches.Select(m => new { @case = m.Case, field = m.Field, expected = m.Expected, actual = m.Actual }),
            }),
            passed,
            failed = reports.Count - passed,
        };
        output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
    }
}
