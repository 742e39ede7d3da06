namespace Restake.Simulation.Results;

/// <summary>
/// Everything one Monte Carlo run records: per-path figures per strategy and per traded token, per-day quantile bands
/// of each strategy's wealth (series "wealth:ID") and of the market (series "eth-usd", "price:TOKEN" pool price /
/// redemption value, "nav:TOKEN" redemption value), and the mean per-day wealth per strategy.
/// </summary>
public sealed record SimulationOutput(
    int Paths,
    double HorizonDays,
    IReadOnlyList<StrategyPaths> Strategies,
    IReadOnlyList<TokenPaths> Tokens,
    IReadOnlyList<QuantileBand> WealthBands,
    IReadOnlyList<QuantileBand> MarketBands);
