namespace Restake.Simulation.MonteCarlo;

/// <summary>What one simulated path hands to the accumulator: per-strategy and per-token figures and the recorded points.</summary>
public sealed class PathRecord(int strategies, int layers, int tokens, int series, int points)
{
    /// <summary>Final wealth per strategy (ETH per ETH).</summary>
    public readonly double[] FinalWealth = new double[strategies];

    /// <summary>Layer contributions [strategy * layers + layer].</summary>
    public readonly double[] Layers = new double[strategies * layers];

    /// <summary>Max drawdown per strategy.</summary>
    public readonly double[] MaxDrawdown = new double[strategies];

    /// <summary>Liquidations per strategy.</summary>
    public readonly int[] Liquidations = new int[strategies];

    /// <summary>Bad debt per strategy (ETH per ETH of capital).</summary>
    public readonly double[] BadDebt = new double[strategies];

    /// <summary>Minimum pool price / redemption value per token.</summary>
    public readonly double[] MinPrice = new double[tokens];

    /// <summary>Days below peg per token.</summary>
    public readonly double[] DaysBelowPeg = new double[tokens];

    /// <summary>Final redemption value per token.</summary>
    public readonly double[] FinalNav = new double[tokens];

    /// <summary>Recorded series values [series * points + point].</summary>
    public readonly double[] Points = new double[series * points];
}
