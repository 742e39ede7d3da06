using Restake.Analysis.Risk;
using Restake.Simulation.Results;

namespace Restake.Application.Runs;

/// <summary>
/// The result of one run: what was run, per-strategy figures, depeg figures per traded token, operator concentration,
/// the network's security, and the raw per-path output and quantile bands (for exports and charts).
/// </summary>
public sealed record RunResult(
    RunInfo Run,
    IReadOnlyList<StrategySummary> Strategies,
    IReadOnlyList<DepegFigures> Depegs,
    ConcentrationFigures OperatorConcentration,
    NetworkSecurityFigures? Security,
    SimulationOutput Output);
