using System.Collections.Immutable;

namespace Restake.Scenarios.Model;

/// <summary>
/// An actively validated service: its rewards, fault model (probability per year, slash fraction, correlation group),
/// the attacker's profit from corrupting it and the stake fraction that corrupts it, and its operator sets.
/// </summary>
public sealed record Avs(
    string Id,
    AvsReward Reward,
    double FaultProbabilityPerYear,
    double SlashFraction,
    string? CorrelationGroup,
    double ProfitFromCorruptionUsd,
    double Threshold,
    ImmutableArray<OperatorSet> OperatorSets);

/// <summary>Rewards paid in <see cref="Token"/> at <see cref="AprOnAllocated"/> of the allocated stake's value.</summary>
public sealed record AvsReward(string Token, double AprOnAllocated);

/// <summary>An operator set of an AVS and the magnitudes operators allocate to it.</summary>
public sealed record OperatorSet(string Id, ImmutableArray<Allocation> Allocations);

/// <summary>The fraction of the operator's stake allocated (and slashable) to one operator set.</summary>
public sealed record Allocation(string Operator, double Magnitude);
