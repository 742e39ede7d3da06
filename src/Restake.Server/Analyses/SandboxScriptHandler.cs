using System.Text.Json.Nodes;
using Restake.Sandbox.EigenLayer;

namespace Restake.Server.Analyses;

/// <summary>
/// Runs an EigenLayer operation script (JSON or YAML) step by step, as <c>restake sandbox run --json</c> does, and
/// stores every step's result and state; it passes when no step disagrees with a result the script recorded.
/// </summary>
public sealed class SandboxScriptHandler : IAnalysisHandler
{
    /// <inheritdoc />
    public string Kind => "sandbox";

    /// <inheritdoc />
    public string Collection => "sandbox-scripts";

    /// <inheritdoc />
    public string Description => "run an EigenLayer operation script and record the state after each step";

    /// <inheritdoc />
    public AnalysisOutcome Run(JsonObject request, CancellationToken ct)
    {
        RequestFields.AllowOnly(request, "name", "format", "script");
        var format = RequestFields.Choice(request, "format", "json", "yaml") == "json" ? ScriptFormat.Json : ScriptFormat.Yaml;
        var text = RequestFields.Text(request, "script", required: true)!;
        var script = ElScriptParser.Parse(ScriptDocument.Parse(text, "script", format), "script");
        var runner = new ElScriptRunner(script);
        var reports = new List<ElStepReport> { runner.Initial() };
        foreach (var step in runner.Steps())
        {
            ct.ThrowIfCancellationRequested();
            reports.Add(step);
        }

        var reverted = reports.Count(r => r.Index >= 0 && !r.Outcome.Ok);
        var mismatches = reports.Sum(r => r.Mismatches.Count);
        var summary = $"{reports.Count - 1} steps, {reverted} reverted, {mismatches} mismatches with recorded results";
        return new AnalysisOutcome(summary, mismatches == 0, ElReportJson.Steps(script, reports));
    }
}
