using System.Text.Json.Nodes;

namespace Restake.Sandbox.EigenLayer;

/// <summary>The JSON shape of sandbox step reports and conformance reports, shared by the CLI and the server.</summary>
public static class ElReportJson
{
    /// <summary>Every step of a script run: result, full state and mismatches with the script's recorded results.</summary>
    public static JsonObject Steps(ElScript script, IEnumerable<ElStepReport> reports)
    {
        var steps = new JsonArray(reports.Select(r => (JsonNode)new JsonObject
        {
            ["i"] = r.Index,
            ["block"] = r.Block,
            ["op"] = r.Op,
            ["caller"] = r.Caller,
            ["result"] = r.Outcome.ToJson(),
            ["state"] = r.State.DeepClone(),
            ["mismatches"] = new JsonArray(r.Mismatches.Select(m => (JsonNode)new JsonObject
            {
                ["field"] = m.Path, ["expected"] = m.Expected, ["actual"] = m.Actual,
            }).ToArray()),
        }).ToArray());
        return new JsonObject { ["name"] = script.Name, ["steps"] = steps };
    }

    /// <summary>Per-file conformance outcomes with their mismatches, and the pass/fail counts.</summary>
    public static JsonObject Conformance(IReadOnlyList<ConformanceReport> reports)
    {
        var files = new JsonArray(reports.Select(r => (JsonNode)new JsonObject
        {
            ["file"] = r.File,
            ["name"] = r.Name,
            ["passed"] = r.Passed,
            ["steps"] = r.StepCount,
            ["stepsMatched"] = r.StepCount - r.FailingSteps,
            ["mismatches"] = new JsonArray(r.Mismatches.Select(m => (JsonNode)new JsonObject
            {
                ["step"] = m.Step, ["field"] = m.Path, ["expected"] = m.Expected, ["actual"] = m.Actual,
            }).ToArray()),
        }).ToArray());
        var passed = reports.Count(r => r.Passed);
        return new JsonObject { ["files"] = files, ["passed"] = passed, ["failed"] = reports.Count - passed };
    }
}
