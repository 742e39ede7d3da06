using Restake.Application.Runs;
using Restake.Scenarios.Loading;
using Restake.Scenarios.Model;

namespace Restake.Reports;

/// <summary>The scenario a run came from, reloaded from the file its <see cref="RunInfo"/> names.</summary>
public static class RunScenario
{
    /// <summary>The scenario of <paramref name="run"/>, or null when the run names no file or the file is gone or changed shape.</summary>
    public static Scenario? TryLoad(RunInfo run)
    {
        if (run.ScenarioFile is not { } file || !File.Exists(file)) return null;
        try
        {
            return ScenarioLoader.Load(file);
        }
        catch (InputException)
        {
            // The run's figures stand on their own; a report without the scenario's extras is still a report.
            return null;
        }
    }
}
