namespace Restake.Scenarios.Model;

/// <summary>What a strategy does with its capital.</summary>
public enum StrategyKind
{
    /// <summary>Hold the asset.</summary>
    Hold,

    /// <summary>Provide liquidity to a pool.</summary>
    Lp,

    /// <summary>Deposit the asset as collateral, borrow the debt asset, buy more, repeat to a leverage.</summary>
    Loop,

    /// <summary>Supply the asset to a lending market.</summary>
    Lend,

    /// <summary>Stake ETH natively (own validators, no fee).</summary>
    Stake,

    /// <summary>Restake ETH or an LST with one operator, who allocates it to AVSs.</summary>
    Restake,

    /// <summary>A custodial staking product (an exchange's) that keeps a fee on rewards.</summary>
    Custodial,
}

/// <summary>
/// A strategy to compare: its kind, the asset it holds, the venue it uses (required for lp, loop and lend) and, for
/// loops, the target leverage.
/// </summary>
public sealed record Strategy(string Id, StrategyKind Kind, string Asset, string? Venue, double? Leverage, double CapitalEth)
{
    /// <summary>The operator delegated to; set exactly for restake strategies.</summary>
    public string? Operator { get; init; }

    /// <summary>The product's fee on rewards; set exactly for custodial strategies.</summary>
    public double? Fee { get; init; }
}
