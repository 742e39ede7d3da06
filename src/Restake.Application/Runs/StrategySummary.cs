using Restake.Analysis.Risk;
using Restake.Analysis.Yields;

namespace Restake.Application.Runs;

/// <summary>
/// Figures of one strategy: what it is (kind, asset, venue, leverage, capital), its yield per layer, 1-, 5- and
/// 10-year projections, loss distribution, and liquidations (null for strategies without a lending position).
/// </summary>
public sealed record StrategySummary(
    string Id,
    string Kind,
    string Asset,
    string? Venue,
    double? Leverage,
    double CapitalEth,
    YieldFigures Yield,
    IReadOnlyList<Projection> Projections,
    LossDistribution Loss,
    LiquidationFigures? Liquidations);
