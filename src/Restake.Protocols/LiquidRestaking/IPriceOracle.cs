using System.Numerics;

namespace Restake.Protocols.LiquidRestaking;

/// <summary>A Chainlink-style reading: a signed answer (1e18 = 1 ETH per token) and when it was updated (unix s).</summary>
public readonly record struct PriceReading(BigInteger Answer, ulong UpdatedAt);

/// <summary>Per-asset price feeds in ETH.</summary>
public interface IPriceOracle
{
    /// <summary><c>latestRoundData</c> for the asset's feed; unknown assets throw.</summary>
    PriceReading Latest(string asset);
}

/// <summary>An in-memory price feed set by the caller.</summary>
public sealed class PriceBook : IPriceOracle
{
    private readonly Dictionary<string, PriceReading> _prices = new(StringComparer.Ordinal);

    public void Set(string asset, BigInteger answer, ulong updatedAt) => _prices[asset] = new PriceReading(answer, updatedAt);

    public PriceReading Latest(string asset) =>
        _prices.TryGetValue(asset, out var p) ? p : throw new KeyNotFoundException($"No price feed for {asset}.");
}
