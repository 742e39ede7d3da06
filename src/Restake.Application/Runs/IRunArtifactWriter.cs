namespace Restake.Application.Runs;

/// <summary>
/// Writes files of a finished run into its output directory (summary.json, report.html, per-path tables, ...).
/// Implementations are public, non-abstract classes with a parameterless constructor in any loaded Restake assembly;
/// <see cref="RunArtifacts"/> discovers them. The directory is a staging directory: it is moved into place only
/// when every writer succeeded, so a failing writer leaves nothing behind.
/// </summary>
public interface IRunArtifactWriter
{
    /// <summary>Order among writers (smaller first); summary.json is 0.</summary>
    int Order => 100;

    /// <summary>Writes this writer's files for <paramref name="result"/> into <paramref name="directory"/>.</summary>
    void Write(RunResult result, string directory);
}
