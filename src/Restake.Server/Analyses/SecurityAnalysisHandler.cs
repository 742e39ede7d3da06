using System.Text.Json.Nodes;
using Restake.Analysis.Security;
using Restake.Analysis.Security.Solving;
using Restake.Server.Problems;

namespace Restake.Server.Analyses;

/// <summary>
/// Security analysis of a restaking network given in the conformance format (JSON or YAML): verdict, witness attack,
/// γ*, certificate and worst losses per shock — the report <c>restake security analyze</c> prints.
/// </summary>
public sealed class SecurityAnalysisHandler : IAnalysisHandler
{
    /// <summary>Shock sizes analysed when neither the request nor the network names any.</summary>
    public static readonly IReadOnlyList<string> DefaultShocks = ["0.001", "0.01", "0.05"];

    /// <inheritdoc />
    public string Kind => "security";

    /// <inheritdoc />
    public string Collection => "security-analyses";

    /// <inheritdoc />
    public string Description => "exact and certified security figures of a restaking network";

    /// <inheritdoc />
    public AnalysisOutcome Run(JsonObject request, CancellationToken ct)
    {
        RequestFields.AllowOnly(request, "name", "format", "text", "shocks", "solver", "timeLimitSeconds");
        var format = RequestFields.Choice(request, "format", "json", "yaml");
        var text = RequestFields.Text(request, "text", required: true)!;
        var solver = RequestFields.Choice(request, "solver", "cpsat", "scip") == "scip" ? SolverKind.Scip : SolverKind.CpSat;
        var seconds = RequestFields.Number(request, "timeLimitSeconds", 0.1, 60) ?? 10;
        var c = format == "json" ? NetworkLoader.ParseJson(text, "text") : NetworkLoader.ParseYaml(text, "text");
        var shocks = RequestFields.TextList(request, "shocks") is { } given
            ? given.Select((s, i) => NetworkLoader.ParseShock(s, "shocks", null, $"shocks[{i}]")).ToArray()
            : c.Shocks.Count > 0 ? c.Shocks : DefaultShocks.Select(s => NetworkLoader.ParseShock(s, "shocks", null, s)).ToArray();
        SecurityReport report;
        try
        {
            report = SecurityReport.Build(c.Network, shocks, new SolverOptions(solver, seconds));
        }
        catch (NotSupportedException e)
        {
            throw new InvalidFieldException("text", e.Message);
        }

        return new AnalysisOutcome(report.Verdict, report.Secure, JsonNode.Parse(SecurityReportJson.Write(report))!);
    }
}
