namespace Restake.Numerics.Random;

/// <summary>
/// Names one random stream: the run's <paramref name="Seed"/>, the Monte Carlo <paramref name="Path"/> and the
/// stochastic <paramref name="Process"/> (ETH price, AVS faults, ...). Distinct keys give non-overlapping streams.
/// </summary>
public readonly record struct StreamKey(ulong Seed, ulong Path, uint Process);
