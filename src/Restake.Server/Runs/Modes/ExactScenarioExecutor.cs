using Restake.Simulation.Results;

namespace Restake.Server.Runs.Modes;

/// <summary>Scenario runs on the exact path (integer engines with the contracts' rounding).</summary>
public sealed class ExactScenarioExecutor() : ScenarioRunExecutor(RunMode.Exact)
{
    /// <inheritdoc />
    public override string Mode => "exact";

    /// <inheritdoc />
    public override string Description => "scenario simulation on the exact path (wei engines), as restake run --mode exact";
}
