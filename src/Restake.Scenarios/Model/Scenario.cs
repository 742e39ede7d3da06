using System.Collections.Immutable;

namespace Restake.Scenarios.Model;

/// <summary>
/// A complete, validated scenario: the world to simulate (assets, consensus, operators, AVSs, LSTs, LRTs, venues,
/// holders, contract risks), the strategies to compare, the run's horizon, step, paths and seed, and the outcomes it is
/// expected to reproduce. Immutable.
/// </summary>
public sealed record Scenario(
    string Name,
    string? Description,
    double HorizonDays,
    double StepDays,
    long Paths,
    ulong Seed,
    Assets Assets,
    ConsensusParameters Consensus,
    ImmutableArray<Operator> Operators,
    ImmutableArray<Avs> Avss,
    ImmutableArray<Lst> Lsts,
    ImmutableArray<Lrt> Lrts,
    Venues Venues,
    HolderBehaviour Holders,
    ImmutableArray<ContractRisk> ContractRisks,
    ImmutableArray<Strategy> Strategies)
{
    /// <summary>The asset id of ether, always present.</summary>
    public const string Eth = "ETH";

    /// <summary>Documented outcomes the scenario is expected to reproduce (empty when the file states none).</summary>
    public ImmutableArray<ExpectedBand> Expected { get; init; } = [];
}
