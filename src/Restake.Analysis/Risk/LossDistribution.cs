namespace Restake.Analysis.Risk;

/// <summary>
/// Distribution of the loss L = 1 − W_T (ETH per ETH of capital; negative is a gain): mean, median, probability of
/// L &gt; 0, value at risk (the level-quantile of L) and conditional value at risk (mean of the worst 1 − level of
/// paths) at 95 and 99 %, and the maximum drawdown's mean, 95th percentile and worst case.
/// </summary>
public sealed record LossDistribution(
    double Mean,
    double Median,
    double ProbabilityOfLoss,
    double VaR95,
    double CVaR95,
    double VaR99,
    double CVaR99,
    double MeanMaxDrawdown,
    double MaxDrawdownP95,
    double WorstMaxDrawdown);
