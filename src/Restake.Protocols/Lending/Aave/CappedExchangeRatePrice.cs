using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>
/// A capped exchange-rate adapter (Aave CAPO): price = base price × min(rate, cap) / 1e18, the cap growing linearly
/// from a snapshot ratio by at most <c>maxYearlyGrowthBps</c> a year. A market depeg of the token does not move it;
/// a fall of the protocol exchange rate (slashing) does.
/// </summary>
public sealed class CappedExchangeRatePrice : IAssetPriceSource
{
    private static readonly UInt256 SecondsPerYear = 365UL * 24 * 3600;
    private readonly UInt256 _maxRatioGrowthPerSecond;

    /// <summary>An adapter over <paramref name="basePrice"/> (e.g. ETH/USD) with the exchange rate in 1e18.</summary>
    public CappedExchangeRatePrice(
        IAssetPriceSource basePrice, UInt256 exchangeRate, UInt256 snapshotRatio, ulong snapshotTimestamp,
        UInt256 maxYearlyGrowthBps)
    {
        BasePrice = basePrice;
        ExchangeRate = exchangeRate;
        SnapshotRatio = snapshotRatio;
        SnapshotTimestamp = snapshotTimestamp;
        _maxRatioGrowthPerSecond = snapshotRatio * maxYearlyGrowthBps / PercentageMath.PercentageFactor / SecondsPerYear;
    }

    public IAssetPriceSource BasePrice { get; }
    public UInt256 SnapshotRatio { get; }
    public ulong SnapshotTimestamp { get; }

    /// <summary>The protocol's current exchange rate (1e18), e.g. wstETH.stEthPerToken; set it as the protocol reports.</summary>
    public UInt256 ExchangeRate { get; set; }

    /// <summary>The largest ratio the adapter accepts at <paramref name="now"/>.</summary>
    public UInt256 MaxRatio(ulong now) =>
        SnapshotRatio + _maxRatioGrowthPerSecond * (UInt256)(now > SnapshotTimestamp ? now - SnapshotTimestamp : 0);

    /// <inheritdoc />
    public UInt256 Price(ulong now) => BasePrice.Price(now) * UInt256.Min(ExchangeRate, MaxRatio(now)) / Wad.One;
}
