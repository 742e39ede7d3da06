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
/// Holders sell up to a fraction of their tokens per day once the market discount or the NAV loss passes its threshold,
/// less as the discount deepens and nothing past their reservation discount. <see cref="FractionPerDay"/> is a rate:
/// a step of t days sells up to 1 − e^(−rate·t) of what the panic-prone holders still hold (≈ rate·t when small).
/// </summary>
public sealed record PanicSelling(double DiscountThreshold, double NavLossThreshold, double FractionPerDay)
{
    /// <summary>Largest selling rate per day a scenario may state (sellers out within the hour).</summary>
    public const double MaxFractionPerDay = 24;

    /// <summary>Reservation discount when a scenario states none: the deepest sustained LST/LRT discounts on record are 8-9 %.</summary>
    public const double DefaultReservationDiscount = 0.10;

    /// <summary>
    /// Discount of the price received at which sellers stop: below 1 − this they keep their tokens. Between the trigger
    /// discount and this one their selling falls linearly to zero.
    /// </summary>
    public double ReservationDiscount { get; init; } = DefaultReservationDiscount;

    /// <summary>
    /// Share of the token's holders prone to panic (forced or nervous sellers); they sell <see cref="FractionPerDay"/>
    /// of what they still hold, so a finite stock of sellers runs out. 1 (the default) makes every holder one.
    /// </summary>
    public double ShareOfHolders { get; init; } = 1;
}

/// <summary>
/// Arbitrageurs buy discounted tokens to hold them to redemption (or to the redemption they expect), up to this much
/// ETH per day, while the price is below what their cost of capital over the redemption delay allows.
/// </summary>
public sealed record Arbitrage(double CapacityEthPerDay)
{
    /// <summary>Cost of capital when a scenario states none.</summary>
    public const double DefaultCostOfCapital = 0.05;

    /// <summary>Annual return arbitrageurs require on ETH locked until redemption; the token's own yield counts toward it.</summary>
    public double CostOfCapital { get; init; } = DefaultCostOfCapital;
}

/// <summary>Loopers lever an asset on a lending market up to a target leverage.</summary>
public sealed record Loopers(double TargetLeverage, string Venue, double ShareOfSupply)
{
    /// <summary>
    /// Lowest leverage among the loopers: positions spread evenly in loan-to-value from this leverage's up to the
    /// target's, so they are liquidated one after another as the price falls. Null (the default) puts every looper at
    /// the target.
    /// </summary>
    public double? MinLeverage { get; init; }
}

/// <summary>Liquidators repay unhealthy debt up to a daily capacity when the bonus beats their minimum profit.</summary>
public sealed record Liquidators(double CapacityEthPerDay, double MinProfitEth);
