using Restake.Numerics;

namespace Restake.Protocols.Lending.Morpho;

/// <summary>An interest rate model of a Morpho market: borrow rate per second in WAD given the market totals.</summary>
public interface IMorphoIrm
{
    /// <summary>borrowRate(marketParams, market).</summary>
    UInt256 BorrowRate(UInt256 totalSupplyAssets, UInt256 totalBorrowAssets);
}

/// <summary>A constant per-second borrow rate (WAD).</summary>
public sealed class FixedRateIrm(UInt256 ratePerSecond) : IMorphoIrm
{
    /// <summary>The rate per second.</summary>
    public UInt256 RatePerSecond { get; set; } = ratePerSecond;

    /// <inheritdoc />
    public UInt256 BorrowRate(UInt256 totalSupplyAssets, UInt256 totalBorrowAssets) => RatePerSecond;
}
