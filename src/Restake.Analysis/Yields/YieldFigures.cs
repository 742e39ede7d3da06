namespace Restake.Analysis.Yields;

/// <summary>
/// Return of a strategy over the run: mean final wealth (ETH per ETH) with its standard error, the annualised rates
/// under the conventions named in <see cref="AprConvention"/> and <see cref="ApyConvention"/>, and each layer's share.
/// </summary>
public sealed record YieldFigures(
    double MeanFinalWealth,
    double StdErr,
    double Apr,
    double Apy,
    string AprConvention,
    string ApyConvention,
    IReadOnlyList<LayerYield> Layers)
{
    /// <summary>APR: simple annualised mean return, (E[W_T] − 1)·365/T.</summary>
    public const string SimpleAprConvention = "simple: (E[W_T] - 1) * 365 / T_days";

    /// <summary>APY: the mean return compounded to a year, E[W_T]^(365/T) − 1.</summary>
    public const string CompoundApyConvention = "compound: E[W_T]^(365 / T_days) - 1";
}
