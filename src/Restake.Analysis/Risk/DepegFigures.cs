namespace Restake.Analysis.Risk;

/// <summary>
/// Depeg of a traded token: depth = 1 − min(pool price / redemption value) per path — mean, median, 95th and 99th
/// percentiles, worst — the probability of a depth over 1 % and over 5 %, and days below peg (mean, 95th percentile).
/// </summary>
public sealed record DepegFigures(
    string Token,
    string? Pool,
    double MeanDepth,
    double MedianDepth,
    double DepthP95,
    double DepthP99,
    double WorstDepth,
    double ProbabilityOver1Pct,
    double ProbabilityOver5Pct,
    double MeanDaysBelowPeg,
    double DaysBelowPegP95);
