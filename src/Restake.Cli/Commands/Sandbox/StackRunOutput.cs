using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Restake.Cli.Output;
using Restake.Sandbox.Stack;
using Spectre.Console;

namespace Restake.Cli.Commands.Sandbox;

/// <summary>Runs a stack script and prints each step's result with the engines' state tables, or everything as JSON.</summary>
public static class StackRunOutput
{
    /// <summary>Runs <paramref name="script"/>; exit code 0 (reverted steps are results, not failures).</summary>
    public static int Run(ParseResult result, StackScript script, bool json, bool allTables)
    {
        var runner = new StackScriptRunner(script);
        var reports = new List<StackStepReport> { runner.Initial() };
        reports.AddRange(runner.Steps());
        if (json) WriteJson(result.InvocationConfiguration.Output, script, reports);
        else WriteTables(Terminal.For(result), script, reports, allTables);
        return 0;
    }

    private static void WriteTables(IAnsiConsole console, StackScript script, IReadOnlyList<StackStepReport> reports, bool allTables)
    {
        console.MarkupLine($"[bold]{Markup.Escape(script.Name)}[/]{(script.Description is null ? "" : " — " + Markup.Escape(script.Description))}");
        var shown = new Dictionary<string, string>();
        foreach (var r in reports)
        {
            var outcome = r.Outcome.Ok
                ? "ok" + (r.Outcome.Returns.Count == 0 ? "" : " " + r.Outcome.Returns.ToJsonString())
                : $"reverted {r.Outcome.Error}";
            var call = r.Op + (r.Target is null ? "" : $" on {r.Target}") + (r.Caller is null ? "" : $" by {r.Caller}");
            var head = r.Index < 0 ? $"initial state, block {r.Block}" : $"step {r.Index}, block {r.Block}: {call} → {outcome}";
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(head)}[/]");
            foreach (var t in r.State)
            {
                var key = t.Engine + "/" + t.Title;
                var fingerprint = string.Join('\n', t.Rows.Select(row => string.Join('|', row)));
                if (!allTables && shown.TryGetValue(key, out var previous) && previous == fingerprint) continue;
                shown[key] = fingerprint;
                var table = new Table().Border(TableBorder.Simple).Title($"{t.Engine}: {t.Title}");
                foreach (var c in t.Columns) table.AddColumn(new TableColumn(c.Header));
                foreach (var row in t.Rows) table.AddRow(row.Select((cell, k) => Markup.Escape(StateTable.Format(cell, t.Columns[k].Decimals))).ToArray());
                console.Write(table);
            }
        }
    }

    private static void WriteJson(TextWriter output, StackScript script, IReadOnlyList<StackStepReport> reports)
    {
        var steps = new JsonArray(reports.Select(r => (JsonNode)new JsonObject
        {
            ["i"] = r.Index,
            ["block"] = r.Block,
            ["timestamp"] = r.Timestamp,
            ["op"] = r.Op,
            ["target"] = r.Target,
            ["caller"] = r.Caller,
            ["result"] = r.Outcome.ToJson(),
            ["state"] = StackStateTables.ToJson(r.State),
        }).ToArray());
        var doc = new JsonObject { ["name"] = script.Name, ["kind"] = "stack", ["steps"] = steps };
        output.WriteLine(doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
