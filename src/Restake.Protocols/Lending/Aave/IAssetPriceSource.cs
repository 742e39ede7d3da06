using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>Price of one whole unit of an asset in the market's base currency (8-decimal USD for Aave) at a time.</summary>
public interface IAssetPriceSource
{
    /// <summary>getAssetPrice at <paramref name="now"/>.</summary>
    UInt256 Price(ulong now);
}
