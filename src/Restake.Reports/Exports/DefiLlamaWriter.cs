using System.Text.Json;
using Restake.Application.Runs;

namespace Restake.Reports.Exports;

/// <summary>Writes <c>defillama-yields.json</c>: the strategies' yields as an array of DefiLlama pool records.</summary>
public sealed class DefiLlamaWriter : IRunArtifactWriter
{
    /// <summary>File name written.</summary>
    public const string FileName = "defillama-yields.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <inheritdoc />
    public int Order => 30;

    /// <inheritdoc />
    public void Write(RunResult result, string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName),
            JsonSerializer.Serialize(DefiLlamaYields.From(result, RunScenario.TryLoad(result.Run)), Json));
}
