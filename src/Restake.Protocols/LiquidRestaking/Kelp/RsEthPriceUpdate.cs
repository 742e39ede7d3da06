using Restake.Numerics;

namespace Restake.Protocols.LiquidRestaking.Kelp;

/// <summary>
/// The arithmetic of LRTOracle <c>updateRSETHPrice</c>: totalETH (1e36 scale) over supply, a fee on the increase
/// only, the net price, the percent guard and the fee minted as rsETH.
/// </summary>
public sealed record RsEthPriceUpdate(
    UInt256 TotalEth,
    UInt256 TempRsEthPrice,
    UInt256 ProtocolFeeInEth,
    UInt256 NewRsEthPrice,
    UInt256 RsEthMintedAsProtocolFee)
{
    private static readonly UInt256 Scale = Wad.One;

    /// <summary>
    /// Computes the update from Σ deposits·price (<paramref name="totalEth"/>, 1e36 scale), the stored price and supply;
    /// reverts <c>RSETHPriceExceedsLimit</c> when |new − old|·100/old exceeds a non-zero percent limit.
    /// </summary>
    public static RsEthPriceUpdate Compute(UInt256 totalEth, UInt256 supply, UInt256 oldPrice, UInt256 protocolFeeInBps, UInt256 pricePercentageLimit)
    {
        if (supply.IsZero) return new RsEthPriceUpdate(totalEth, Scale, UInt256.Zero, Scale, UInt256.Zero);
        var temp = totalEth / supply;
        var fee = UInt256.Zero;
        if (temp > oldPrice) fee = (temp - oldPrice) * supply / Scale * protocolFeeInBps / 10_000;
        var newPrice = (totalEth - fee * Scale) / supply;
        if (!pricePercentageLimit.IsZero)
        {
            var diff = newPrice > oldPrice ? newPrice - oldPrice : oldPrice - newPrice;
            if (diff * 100 / oldPrice > pricePercentageLimit) throw new RevertException("RSETHPriceExceedsLimit");
        }

        var minted = fee.IsZero ? UInt256.Zero : fee * Scale / newPrice;
        return new RsEthPriceUpdate(totalEth, temp, fee, newPrice, minted);
    }

    /// <summary><c>getRsETHAmountToMint</c>: amount·assetPrice/rsETHPrice (floor).</summary>
    public static UInt256 AmountToMint(UInt256 amount, UInt256 assetPrice, UInt256 rsEthPrice) => amount * assetPrice / rsEthPrice;
}
