namespace Restake.Simulation.Results;

/// <summary>
/// Compact per-path output of one strategy, every array indexed by path. Wealth is in ETH per unit of starting
/// capital; <see cref="Layers"/>[layer][path] are the contributions of each <see cref="YieldLayer"/> (same unit), which
/// sum to <see cref="FinalWealth"/> − 1 on every path (up to single-precision rounding: they are stored as floats).
/// </summary>
public sealed class StrategyPaths(string strategyId, int paths)
{
    /// <summary>The strategy's id in the scenario.</summary>
    public string StrategyId { get; } = strategyId;

    /// <summary>Wealth at the horizon (ETH per ETH of capital).</summary>
    public double[] FinalWealth { get; } = new double[paths];

    /// <summary>Per-layer contributions, indexed [(int)layer][path].</summary>
    public float[][] Layers { get; } = YieldLayers.All.Select(_ => new float[paths]).ToArray();

    /// <summary>Largest fall from a running peak of wealth, as a fraction of the peak (0 when wealth never fell).</summary>
    public float[] MaxDrawdown { get; } = new float[paths];

    /// <summary>Number of liquidation events the strategy's position suffered.</summary>
    public int[] Liquidations { get; } = new int[paths];

    /// <summary>Bad debt left in the strategy's lending venue (ETH per ETH of the strategy's capital; 0 without a venue).</summary>
    public double[] BadDebt { get; } = new double[paths];
}
