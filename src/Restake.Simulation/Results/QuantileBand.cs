namespace Restake.Simulation.Results;

/// <summary>
/// Per-day quantiles of one series across paths (for fan charts): <see cref="Values"/>[level][point] is the
/// <see cref="Levels"/>[level] quantile at day <see cref="Days"/>[point]. Quantiles come from integer-count histograms
/// on a fine grid, so they are identical for any thread count; their resolution is far below the Monte Carlo error.
/// </summary>
public sealed record QuantileBand(string Series, string Unit, IReadOnlyList<double> Levels, IReadOnlyList<double> Days, double[][] Values)
{
    /// <summary>The levels every band reports.</summary>
    public static readonly double[] StandardLevels = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
}
