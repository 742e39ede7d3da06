namespace Restake.Analysis.Risk;

/// <summary>Liquidations of a strategy's position: probability of at least one, mean count, bad debt (ETH per ETH of capital).</summary>
public sealed record LiquidationFigures(double ProbabilityOfLiquidation, double MeanCount, double MeanBadDebt, double MaxBadDebt);
