using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking;

/// <summary>
/// The "fee as minted shares" closed form shared by Lido, SPL stake pools and Swell: minting
/// s = fee·S/(E − fee) shares gives the recipient exactly <c>fee</c> worth of the post-report pool E.
/// </summary>
public static class FeeShares
{
    /// <summary>⌊feeValue·shares/(postValue − feeValue)⌋; zero fee → zero shares.</summary>
    public static UInt256 ToMint(UInt256 feeValue, UInt256 sharesBeforeFee, UInt256 postValue) =>
        feeValue.IsZero ? UInt256.Zero : UInt256.MulDiv(feeValue, sharesBeforeFee, postValue - feeValue, Rounding.Down);
}
