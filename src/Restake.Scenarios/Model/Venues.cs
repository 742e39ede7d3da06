using System.Collections.Immutable;

namespace Restake.Scenarios.Model;

/// <summary>DeFi venues: AMM pools and lending markets.</summary>
public sealed record Venues(ImmutableArray<Pool> Pools, ImmutableArray<LendingMarket> LendingMarkets);

/// <summary>A two-token StableSwap pool: amplification A, swap fee, and the starting balances of its tokens.</summary>
public sealed record Pool(string Id, ImmutableArray<string> Tokens, double Amplification, double Fee, ImmutableArray<double> Balances);

/// <summary>The market design a lending venue follows.</summary>
public enum LendingKind
{
    /// <summary>Aave v3: pooled reserves, health factor, close factor.</summary>
    Aave,

    /// <summary>Morpho Blue: isolated market, LLTV, liquidation incentive factor.</summary>
    Morpho,
}

/// <summary>What a lending market's oracle reports for the collateral.</summary>
public enum OracleKind
{
    /// <summary>The token's redemption rate (ignores market discounts).</summary>
    ExchangeRate,

    /// <summary>The traded market price (passes depegs on to health factors).</summary>
    Market,
}

/// <summary>
/// A lending market of one collateral and one debt asset: loan-to-value, liquidation threshold and bonus, oracle kind,
/// the borrow-rate curve, the debt asset's supply, and what other borrowers already owe (it sets the utilisation, and so
/// the rate, together with the loopers' debt).
/// </summary>
public sealed record LendingMarket(
    string Id,
    LendingKind Kind,
    string Collateral,
    string Debt,
    double Ltv,
    double LiquidationThreshold,
    double LiquidationBonus,
    OracleKind Oracle,
    InterestRateModel BorrowRate,
    double SupplyEth,
    double BorrowedEth = 0);

/// <summary>A kinked borrow-rate curve: base + slope1 up to the optimal utilisation, then slope2 (APRs).</summary>
public sealed record InterestRateModel(double Base, double Slope1, double Slope2, double OptimalUtilisation);
