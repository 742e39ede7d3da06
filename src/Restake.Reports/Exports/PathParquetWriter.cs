using Restake.Application.Runs;

namespace Restake.Reports.Exports;

/// <summary>Per-path results as Parquet: <c>paths.parquet</c> and <c>token-paths.parquet</c>, the same columns as the CSV files.</summary>
public sealed class PathParquetWriter : IRunArtifactWriter
{
    /// <summary>File names written.</summary>
    public const string Paths = "paths.parquet", TokenPaths = "token-paths.parquet";

    /// <inheritdoc />
    public int Order => 21;

    /// <inheritdoc />
    public void Write(RunResult result, string directory)
    {
        ParquetTableWriter.Write(PathTables.Strategies(result.Output), Path.Combine(directory, Paths));
        ParquetTableWriter.Write(PathTables.Tokens(result.Output), Path.Combine(directory, TokenPaths));
    }
}
