namespace Restake.Simulation.Slashing;

/// <summary>An operator of the slashing workload; <see cref="Stake"/> is for reporting only.</summary>
public sealed record SlashingOperator(string Id, double Stake);

/// <summary>An AVS: its daily fault probability when its group is calm, its slash fraction and its correlation group.</summary>
public sealed record SlashingAvs(string Id, double DailyFaultProbability, double SlashFraction, string Group);

/// <summary>A correlation group: the daily probability of a shock and the fault probability of its AVSs on a shocked day.</summary>
public sealed record SlashingGroup(string Id, double DailyShockProbability, double FaultProbabilityWhenShocked);

/// <summary>The fraction of an operator's current stake an AVS can slash.</summary>
public sealed record SlashingAllocation(string Operator, string Avs, double Magnitude);

/// <summary>
/// The slashing Monte Carlo workload (the benchmark's input): operators, AVSs in correlation groups, allocations,
/// the probability an operator is implicated in a fault, the LRT's delegation weights, and the run size.
/// </summary>
public sealed record SlashingInstance(
    IReadOnlyList<SlashingOperator> Operators,
    IReadOnlyList<SlashingAvs> Avss,
    IReadOnlyList<SlashingGroup> Groups,
    IReadOnlyList<SlashingAllocation> Allocations,
    double ImplicationProbability,
    IReadOnlyDictionary<string, double> LrtWeights,
    int Days,
    long Paths,
    ulong Seed);
