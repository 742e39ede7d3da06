namespace Restake.Scenarios.Model;

/// <summary>How holders and market participants react: panic sellers, arbitrageurs, loopers and liquidators.</summary>
public sealed record HolderBehaviour(PanicSelling PanicSelling, Arbitrage Arbitrage, Loopers? Loopers, Liquidators Liquidators)
{
    /// <summary>Random withdrawal runs on the liquid tokens; null when there are none.</summary>
    public WithdrawalRuns? Runs { get; init; }
}

/// <summary>
/// Withdrawal runs: events arriving at <see cref="IntensityPerYear"/> per token, each sending
/// <see cref="FractionOfSupply"/> of the token's holders to sell in its pool over the following days.
/// </summary>
public sealed record WithdrawalRuns(double IntensityPerYear, double FractionOfSupply);

/// <summary>
/// Holders sell a fraction of their tokens per day once the market discount or the NAV loss passes its threshold.
/// </summary>
public sealed record PanicSelling(double DiscountThreshold, double NavLossThreshold, double FractionPerDay);

/// <summary>Arbitrageurs buy discounted tokens to redeem them, up to this much ETH per day.</summary>
public sealed record Arbitrage(double CapacityEthPerDay);

/// <summary>Loopers lever an asset on a lending market up to a target leverage.</summary>
public sealed record Loopers(double TargetLeverage, string Venue, double ShareOfSupply);

/// <summary>Liquidators repay unhealthy debt up to a daily capacity when the bonus beats their minimum profit.</summary>
public sealed record Liquidators(double CapacityEthPerDay, double MinProfitEth);
