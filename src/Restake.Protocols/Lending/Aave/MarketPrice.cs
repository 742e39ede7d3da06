using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>A market price feed (Chainlink-style): whatever was last reported, independent of time.</summary>
public sealed class MarketPrice(UInt256 price) : IAssetPriceSource
{
    /// <summary>The current answer; set it to move the market.</summary>
    public UInt256 Value { get; set; } = price;

    /// <inheritdoc />
    public UInt256 Price(ulong now) => Value;
}
