using System.Text.Json.Nodes;

namespace Restake.Server.Analyses;

/// <summary>
/// One kind of stored analysis (security analysis, sandbox script, conformance run): it reads its request, runs the
/// same library code the CLI runs, and returns a JSON result. Bad input is an <see cref="InputException"/> or a
/// <see cref="Problems.InvalidFieldException"/> naming the field.
/// </summary>
public interface IAnalysisHandler
{
    /// <summary>Stored kind name (e.g. "security").</summary>
    string Kind { get; }

    /// <summary>The API collection the kind lives under (e.g. "security-analyses").</summary>
    string Collection { get; }

    /// <summary>One line on what the kind does.</summary>
    string Description { get; }

    /// <summary>Runs the analysis of <paramref name="request"/>.</summary>
    AnalysisOutcome Run(JsonObject request, CancellationToken ct);
}

/// <summary>What an analysis produced: a one-line summary, whether it passed (when that applies), the full result.</summary>
public sealed record AnalysisOutcome(string Summary, bool? Passed, JsonNode Result);

/// <summary>A stored analysis.</summary>
public sealed record AnalysisRecord(
    string Id, string Kind, string Name, string Status, string Summary, bool? Passed, JsonObject Input, JsonNode? Result,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);
