namespace Restake.Scenarios.Model;

/// <summary>How a USD price moves: a stochastic model or a recorded path.</summary>
public abstract record PriceModel;

/// <summary>
/// Geometric Brownian motion with optional Merton jumps: d ln S = (μ − σ²/2) dt + σ dW + J dN, rates per year,
/// N Poisson with <see cref="Jumps"/>' intensity and J ~ Normal(meanLog, sdLog).
/// </summary>
public sealed record GbmPrice(double Initial, double Drift, double Volatility, JumpModel? Jumps) : PriceModel;

/// <summary>Log-normal price jumps: expected jumps per year and the normal law of each jump's log size.</summary>
public sealed record JumpModel(double IntensityPerYear, double MeanLog, double SdLog);

/// <summary>A recorded path: one price per step from a CSV column (path relative to the scenario file).</summary>
public sealed record CsvPrice(string File, string Column) : PriceModel;
