namespace Restake.Simulation.World;

/// <summary>
/// A liquid token of the world: an LST (staked over all operators by stake, fee on rewards) or an LRT (restaked
/// over operators by its policy's <see cref="Weights"/>, holding ETH or an LST, fee on rewards), its value locked, its
/// redemption delay, and the pool that trades it (−1 for none).
/// </summary>
public sealed record LiquidToken(
    string Id,
    bool IsLrt,
    double Fee,
    int Underlying,
    double[] Weights,
    double TvlEth,
    double WithdrawalDelayDays,
    int Pool);
