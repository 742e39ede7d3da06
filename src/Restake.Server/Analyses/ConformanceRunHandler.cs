using System.Text.Json.Nodes;
using Restake.Analysis.Security;
using Restake.Sandbox;
using Restake.Sandbox.Defi;
using Restake.Sandbox.EigenLayer;
using Restake.Server.Problems;

namespace Restake.Server.Analyses;

/// <summary>
/// Replays a conformance suite from the project's shared folder (<c>../shared/conformance</c>), as the
/// <c>restake conformance</c> verbs do. Clients name a suite, never a path, so no file outside the suite is read.
/// </summary>
public sealed class ConformanceRunHandler : IAnalysisHandler
{
    /// <summary>Suites this handler can run.</summary>
    public static readonly IReadOnlyList<string> Suites = ["eigenlayer", "defi", "security"];

    /// <inheritdoc />
    public string Kind => "conformance";

    /// <inheritdoc />
    public string Collection => "conformance-runs";

    /// <inheritdoc />
    public string Description => "replay a conformance suite (eigenlayer, defi, security), optionally only files whose name contains a filter, and report every mismatch";

    /// <inheritdoc />
    public AnalysisOutcome Run(JsonObject request, CancellationToken ct)
    {
        RequestFields.AllowOnly(request, "name", "suite", "filter");
        var suite = RequestFields.Text(request, "suite", required: true)!;
        var filter = RequestFields.Text(request, "filter", maxLength: 200) ?? "";
        return suite switch
        {
            "eigenlayer" => EigenLayer(Folder("conformance/eigenlayer/vectors"), filter, ct),
            "defi" => Defi(Folder("conformance/defi"), filter, ct),
            "security" => Security(Folder("conformance/security"), filter, ct),
            _ => throw new InvalidFieldException("suite", $"must be one of {string.Join(", ", Suites)}"),
        };
    }

    private static string Folder(string relative) =>
        SharedFolder.Find(relative) ?? throw new InvalidFieldException("suite", $"this server has no shared/{relative} folder");

    private static bool Selected(string file, string filter) => Path.GetFileName(file).Contains(filter, StringComparison.Ordinal);

    private static AnalysisOutcome EigenLayer(string folder, string filter, CancellationToken ct)
    {
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".json" or ".yaml" or ".yml" && Selected(f, filter)).Order(StringComparer.Ordinal).ToList();
        var reports = new List<ConformanceReport>();
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            reports.Add(ElScriptRunner.CheckFile(file));
        }

        var passed = reports.Count(r => r.Passed);
        return new AnalysisOutcome($"{passed} passed, {reports.Count - passed} failed", reports.Count > 0 && passed == reports.Count,
            ElReportJson.Conformance(reports));
    }

    private static AnalysisOutcome Defi(string folder, string filter, CancellationToken ct)
    {
        var runner = DefiConformanceRunner.Discover();
        var files = new JsonArray();
        int passed = 0, failed = 0;
        foreach (var file in DefiConformanceRunner.CaseFiles(folder).Where(f => Selected(f, filter)))
        {
            ct.ThrowIfCancellationRequested();
            var report = runner.RunFile(file);
            if (report.Passed) passed++;
            else failed++;
            files.Add(new JsonObject
            {
                ["file"] = Path.GetFileName(file),
                ["group"] = report.Group,
                ["passed"] = report.Passed,
                ["cases"] = report.Cases,
                ["casesPassed"] = report.CasesPassed,
                ["mismatches"] = new JsonArray([.. report.Mismatches.Select(m => (JsonNode)new JsonObject
                {
                    ["case"] = m.Case, ["field"] = m.Field, ["expected"] = m.Expected, ["actual"] = m.Actual,
                })]),
            });
        }

        return new AnalysisOutcome($"{passed} passed, {failed} failed", failed == 0 && passed > 0,
            new JsonObject { ["files"] = files, ["passed"] = passed, ["failed"] = failed });
    }

    private static AnalysisOutcome Security(string folder, string filter, CancellationToken ct)
    {
        var files = new JsonArray();
        int passed = 0, failed = 0;
        foreach (var file in ConformanceCheck.Discover([folder]).Where(f => Selected(f, filter)))
        {
            ct.ThrowIfCancellationRequested();
            ConformanceOutcome outcome;
            try
            {
                outcome = ConformanceCheck.Run(NetworkLoader.LoadFile(file));
            }
            catch (InputException e)
            {
                outcome = new ConformanceOutcome(file, [new ConformanceMismatch("file", "a valid network", e.Message)]);
            }

            if (outcome.Passed) passed++;
            else failed++;
            files.Add(new JsonObject
            {
                ["file"] = Path.GetFileName(file),
                ["passed"] = outcome.Passed,
                ["mismatches"] = new JsonArray([.. outcome.Mismatches.Select(m => (JsonNode)new JsonObject
                {
                    ["field"] = m.Field, ["expected"] = m.Expected, ["actual"] = m.Actual,
                })]),
            });
        }

        return new AnalysisOutcome($"{passed} passed, {failed} failed", failed == 0 && passed > 0,
            new JsonObject { ["files"] = files, ["passed"] = passed, ["failed"] = failed });
    }
}
