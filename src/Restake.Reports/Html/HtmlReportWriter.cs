using Restake.Application.Runs;

namespace Restake.Reports.Html;

/// <summary>Writes <c>report.html</c>: the self-contained run report.</summary>
public sealed class HtmlReportWriter : IRunArtifactWriter
{
    /// <summary>File name written.</summary>
    public const string FileName = "report.html";

    /// <inheritdoc />
    public int Order => 50;

    /// <inheritdoc />
    public void Write(RunResult result, string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), HtmlReport.Build(result, RunScenario.TryLoad(result.Run)));
}
