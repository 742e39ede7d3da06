using Restake.Numerics;

namespace Restake.Protocols.LiquidRestaking.Kelp;

/// <summary>An LRTWithdrawalManager request: rsETH locked and the asset amount expected at the request's price.</summary>
public sealed record KelpWithdrawalRequest(int Id, string Owner, string Asset, UInt256 RsEthUnstaked, UInt256 ExpectedAssetAmount, ulong RequestBlock)
{
    public bool Unlocked { get; internal set; }
    public bool Completed { get; internal set; }

    /// <summary>Set at unlock: min(expected, rsETH·priceAtUnlock/assetPrice).</summary>
    public UInt256 Payout { get; internal set; }
}
