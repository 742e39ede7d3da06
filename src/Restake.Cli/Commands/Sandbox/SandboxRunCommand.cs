using System.CommandLine;
using System.Text.Json;
using Restake.Cli.Output;
using Restake.Sandbox.EigenLayer;
using Restake.Sandbox.Stack;
using Spectre.Console;

namespace Restake.Cli.Commands.Sandbox;

/// <summary><c>restake sandbox run SCRIPT</c>: drives the EigenLayer core, or a whole wired stack, from an operation script.</summary>
public sealed class SandboxRunCommand : ICliCommand
{
    /// <inheritdoc />
    public IReadOnlyList<string> Parent => ["sandbox"];

    /// <inheritdoc />
    public Command Create()
    {
        var script = new Argument<string>("script") { Description = "Operation script (.json, .yaml or .yml)." };
        var json = new Option<bool>("--json") { Description = "Every step's result and full state as JSON." };
        var all = new Option<bool>("--all-tables") { Description = "Print every state table after every step, not only those that changed." };
        var command = new Command("run", "Run an operation script step by step and show each result and the state after it.");
        command.Arguments.Add(script);
        command.Options.Add(json);
        command.Options.Add(all);
        command.SetAction(result =>
        {
            // Loading validates the whole script first: a bad script stops here, before any output.
            var path = result.GetValue(script)!;
            var document = ScriptDocument.Load(path);
            if (StackScriptParser.IsStackScript(document))
                return StackRunOutput.Run(result, StackScriptParser.Parse(document, path), result.GetValue(json), result.GetValue(all));
            var parsed = ElScriptParser.Parse(document, path);
            var runner = new ElScriptRunner(parsed);
            var reports = new List<ElStepReport> { runner.Initial() };
            reports.AddRange(runner.Steps());
            var mismatches = reports.Sum(r => r.Mismatches.Count);
            if (result.GetValue(json)) WriteJson(result.InvocationConfiguration.Output, parsed, reports);
            else WriteTables(Terminal.For(result), parsed, reports, result.GetValue(all));
            return mismatches == 0 ? 0 : 1;
        });
        return command;
    }

    private static void WriteTables(IAnsiConsole console, ElScript script, IReadOnlyList<ElStepReport> reports, bool allTables)
    {
        console.MarkupLine($"[bold]{Markup.Escape(script.Name)}[/]{(script.Description is null ? "" : " — " + Markup.Escape(script.Description))}");
        var shown = new Dictionary<string, string>();
        foreach (var report in reports)
        {
            var outcome = report.Outcome.Ok
                ? "ok" + (report.Outcome.Returns.Count == 0 ? "" : " " + report.Outcome.Returns.ToJsonString())
                : $"reverted {report.Outcome.Error}";
            var who = report.Caller is null ? "" : $" by {report.Caller}";
            var head = report.Index < 0 ? $"initial state, block {report.Block}" : $"step {report.Index}, block {report.Block}: {report.Op}{who} → {outcome}";
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(head)}[/]");
            foreach (var m in report.Mismatches)
                console.MarkupLine($"[red]  mismatch {Markup.Escape(m.Path)}: expected {Markup.Escape(m.Expected)}, actual {Markup.Escape(m.Actual)}[/]");
            foreach (var (title, table, fingerprint) in EigenLayerStateTables.Render(report.Snapshot))
            {
                if (!allTables && shown.TryGetValue(title, out var previous) && previous == fingerprint) continue;
                shown[title] = fingerprint;
                console.Write(table);
            }
        }

        var total = reports.Sum(r => r.Mismatches.Count);
        if (total > 0) console.MarkupLine($"[red]{total} mismatches with the script's recorded results[/]");
    }

    private static void WriteJson(TextWriter output, ElScript script, IReadOnlyList<ElStepReport> reports) =>
        output.WriteLine(ElReportJson.Steps(script, reports).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
}
