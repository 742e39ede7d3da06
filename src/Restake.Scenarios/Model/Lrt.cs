using System.Collections.Immutable;

namespace Restake.Scenarios.Model;

/// <summary>The accounting design an LRT follows.</summary>
public enum LrtStyle
{
    /// <summary>Renzo: mint at supply·value/TVL, TVL from oracle prices.</summary>
    Ezeth,

    /// <summary>ether.fi: share token over a liquidity pool, rebasing eETH and wrapped weETH.</summary>
    Eeth,

    /// <summary>Kelp: rate token priced by an oracle over several accepted assets.</summary>
    Rseth,
}

/// <summary>How an LRT spreads its deposits over operators.</summary>
public enum AllocationPolicyKind
{
    /// <summary>The same amount to every operator.</summary>
    Equal,

    /// <summary>In proportion to the operators' own stake.</summary>
    StakeWeighted,

    /// <summary>Explicit weights per operator.</summary>
    Manual,
}

/// <summary>An allocation policy; <see cref="Weights"/> is set exactly when the kind is manual (weights sum to 1).</summary>
public sealed record AllocationPolicy(AllocationPolicyKind Kind, ImmutableDictionary<string, double>? Weights);

/// <summary>A liquid restaking token: style, what it holds (ETH or an LST), its fee on rewards, allocation and exit delay.</summary>
public sealed record Lrt(
    string Id,
    LrtStyle Style,
    string Underlying,
    double Fee,
    AllocationPolicy AllocationPolicy,
    double WithdrawalDelayDays)
{
    /// <summary>Total value locked in ETH (the holders who may panic-sell or run); null for the default.</summary>
    public double? TvlEth { get; init; }
}
