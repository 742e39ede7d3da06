using Restake.Simulation.Results;

namespace Restake.Server.Runs.Modes;

/// <summary>Scenario runs on the fast (double) path.</summary>
public sealed class FastScenarioExecutor() : ScenarioRunExecutor(RunMode.Fast)
{
    /// <inheritdoc />
    public override string Mode => "fast";

    /// <inheritdoc />
    public override string Description => "scenario simulation on the fast path (doubles), as restake run --mode fast";
}
