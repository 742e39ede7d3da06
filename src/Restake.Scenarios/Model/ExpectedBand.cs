namespace Restake.Scenarios.Model;

/// <summary>A figure a scenario's documented outcome pins down; <see cref="ExpectedBand.Of"/> names what it is about.</summary>
public enum ExpectedMetric
{
    /// <summary>ETH (the pool's first token) paid for selling one unit of its second token at the starting balances, fee included.</summary>
    InitialPoolPrice,

    /// <summary>Lowest market price of an LST or LRT in ETH over the run.</summary>
    MinPrice,

    /// <summary>Number of liquidations on a lending market over the run.</summary>
    Liquidations,

    /// <summary>Debt repaid by liquidators on a lending market, in the debt asset.</summary>
    RepaidDebt,

    /// <summary>Collateral seized by liquidators on a lending market, in the collateral asset.</summary>
    SeizedCollateral,

    /// <summary>Debt left unbacked (socialised or booked as deficit) on a lending market, in the debt asset.</summary>
    BadDebt,

    /// <summary>A strategy's annualised return on its capital, in ETH terms.</summary>
    MeanApy,

    /// <summary>The share of paths on which a strategy ends below its starting capital.</summary>
    ProbabilityOfLoss,
}

/// <summary>What kind of scenario entity an <see cref="ExpectedMetric"/> is about.</summary>
public enum ExpectedSubject
{
    /// <summary>A pool id.</summary>
    Pool,

    /// <summary>An LST or LRT id.</summary>
    Token,

    /// <summary>A lending market id.</summary>
    LendingMarket,

    /// <summary>A strategy id.</summary>
    Strategy,
}

/// <summary>
/// A documented outcome written into the scenario: <see cref="Metric"/> of <see cref="Of"/> lies in [Min, Max]. Figures
/// that vary by path are compared by their mean over paths; <see cref="Source"/> says where the band comes from.
/// </summary>
public sealed record ExpectedBand(ExpectedMetric Metric, string Of, double Min, double Max, string? Source)
{
    /// <summary>The kind of entity <paramref name="metric"/> is measured on.</summary>
    public static ExpectedSubject SubjectOf(ExpectedMetric metric) => metric switch
    {
        ExpectedMetric.InitialPoolPrice => ExpectedSubject.Pool,
        ExpectedMetric.MinPrice => ExpectedSubject.Token,
        ExpectedMetric.Liquidations or ExpectedMetric.RepaidDebt or ExpectedMetric.SeizedCollateral or ExpectedMetric.BadDebt
            => ExpectedSubject.LendingMarket,
        ExpectedMetric.MeanApy or ExpectedMetric.ProbabilityOfLoss => ExpectedSubject.Strategy,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>Whether <paramref name="value"/> lies in the band (bounds included).</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
