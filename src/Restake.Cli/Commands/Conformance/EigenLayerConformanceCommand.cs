using System.CommandLine;
using System.Text.Json;
using Restake.Cli.Output;
using Restake.Sandbox.EigenLayer;

namespace Restake.Cli.Commands.Conformance;

/// <summary><c>restake conformance eigenlayer [PATH...]</c>: replays recorded EigenLayer vectors and reports mismatches.</summary>
public sealed class EigenLayerConformanceCommand : ICliCommand
{
    private const int MismatchesShownPerFile = 20;

    /// <inheritdoc />
    public IReadOnlyList<string> Parent => ["conformance"];

    /// <inheritdoc />
    public int Order => 10;

    /// <inheritdoc />
    public Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Vector files or folders (default: ../shared/conformance/eigenlayer/vectors).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "One JSON report instead of text." };
        var command = new Command("eigenlayer", "Replay EigenLayer core vectors; exit 0 only when every step of every file matches.");
        command.Arguments.Add(paths);
        command.Options.Add(json);
        command.SetAction(result =>
        {
            var files = InputPaths.ExpandInputs(result.GetValue(paths), "conformance/eigenlayer/vectors", ".json", ".yaml", ".yml");
            // Validate every file before running any, so a bad file stops the run with no partial report.
            var scripts = files.Select(ElScriptParser.Load).ToList();
            var reports = scripts.Select(ElScriptRunner.Check).ToList();
            var output = result.InvocationConfiguration.Output;
            return result.GetValue(json) ? WriteJson(output, reports) : WriteText(output, reports);
        });
        return command;
    }

    private static int WriteText(TextWriter output, IReadOnlyList<ConformanceReport> reports)
    {
        foreach (var report in reports)
        {
            var matched = report.StepCount - report.FailingSteps;
            output.WriteLine($"{(report.Passed ? "PASS" : "FAIL")}  {Path.GetFileName(report.File)}  {matched}/{report.StepCount} steps matched");
            foreach (var m in report.Mismatches.Take(MismatchesShownPerFile))
                output.WriteLine($"      step {m.Step}  {m.Path}: expected {m.Expected}, actual {m.Actual}");
            if (report.Mismatches.Count > MismatchesShownPerFile)
                output.WriteLine($"      … {report.Mismatches.Count - MismatchesShownPerFile} more mismatches");
        }

        return PassFailLine.Write(output, reports.Count(r => r.Passed), reports.Count(r => !r.Passed));
    }

    private static int WriteJson(TextWriter output, IReadOnlyList<ConformanceReport> reports)
    {
        output.WriteLine(ElReportJson.Conformance(reports).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var passed = reports.Count(r => r.Passed);
        return reports.Count > 0 && passed == reports.Count ? 0 : 1;
    }
}
