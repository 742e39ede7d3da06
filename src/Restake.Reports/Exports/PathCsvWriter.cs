using Restake.Application.Runs;

namespace Restake.Reports.Exports;

/// <summary>Per-path results as CSV: <c>paths.csv</c> (strategy × path) and <c>token-paths.csv</c> (token × path).</summary>
public sealed class PathCsvWriter : IRunArtifactWriter
{
    /// <summary>File names written.</summary>
    public const string Paths = "paths.csv", TokenPaths = "token-paths.csv";

    /// <inheritdoc />
    public int Order => 20;

    /// <inheritdoc />
    public void Write(RunResult result, string directory)
    {
        CsvTableWriter.Write(PathTables.Strategies(result.Output), Path.Combine(directory, Paths));
        CsvTableWriter.Write(PathTables.Tokens(result.Output), Path.Combine(directory, TokenPaths));
    }
}
