namespace Restake.Scenarios.Model;

/// <summary>A figure a scenario's documented outcome pins down; <see cref="ExpectedBand.Of"/> names what it is about.</summary>
public enum ExpectedMetric
{
    /// <summary>ETH (the pool's first token) paid for selling one unit of its second token at the starting balances, fee included.</summary>
    InitialPoolPrice,

    /// <summary>Lowest pool price of an LST or LRT over the run, relative to its redemption value (1 = at peg).</summary>
    MinPrice,

    /// <summary>A strategy's annualised return on its capital in ETH terms (compounded to a year).</summary>
    MeanApy,

    /// <summary>A strategy's return over the whole run, final wealth per ETH of capital minus one.</summary>
    MeanReturn,

    /// <summary>The share of paths on which a strategy ends below its starting capital.</summary>
    ProbabilityOfLoss,

    /// <summary>The share of paths on which a strategy's lending position is liquidated at least once.</summary>
    ProbabilityOfLiquidation,

    /// <summary>Bad debt left in a strategy's lending venue, in ETH per ETH of the strategy's capital.</summary>
    BadDebt,
}

/// <summary>What kind of scenario entity an <see cref="ExpectedMetric"/> is about.</summary>
public enum ExpectedSubject
{
    /// <summary>A pool id.</summary>
    Pool,

    /// <summary>An LST or LRT id.</summary>
    Token,

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
        ExpectedMetric.MeanApy or ExpectedMetric.MeanReturn or ExpectedMetric.ProbabilityOfLoss
            or ExpectedMetric.ProbabilityOfLiquidation or ExpectedMetric.BadDebt => ExpectedSubject.Strategy,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>Whether <paramref name="value"/> lies in the band (bounds included).</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
