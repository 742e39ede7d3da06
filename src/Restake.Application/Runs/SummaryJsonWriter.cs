using System.Text.Json;
using System.Text.Json.Serialization;

namespace Restake.Application.Runs;

/// <summary>
/// Writes summary.json: the run's info, per-strategy figures, depegs, concentration, security and the quantile bands —
/// everything but the per-path arrays. Deterministic: the same run gives the same bytes (wall time excluded).
/// </summary>
public sealed class SummaryJsonWriter : IRunArtifactWriter
{
    /// <summary>File name in the run directory.</summary>
    public const string FileName = "summary.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <inheritdoc />
    public int Order => 0;

    /// <inheritdoc />
    public void Write(RunResult result, string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), Serialize(result));

    /// <summary>The summary as JSON text.</summary>
    public static string Serialize(RunResult result)
    {
        var run = result.Run;
        var summary = new
        {
            scenario = run.ScenarioName,
            seed = run.Seed,
            paths = run.Paths,
            horizonDays = run.HorizonDays,
            stepDays = run.StepDays,
            mode = run.Mode,
            batches = run.Batches,
            strategies = result.Strategies,
            depegs = result.Depegs,
            operatorConcentration = result.OperatorConcentration,
            security = result.Security,
            bands = result.Output.WealthBands.Concat(result.Output.MarketBands)
                .Select(b => new { series = b.Series, unit = b.Unit, levels = b.Levels, days = b.Days, values = b.Values }),
        };
        return JsonSerializer.Serialize(summary, Options);
    }
}
