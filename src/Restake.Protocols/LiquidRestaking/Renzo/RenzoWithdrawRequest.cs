using Restake.Numerics;

namespace Restake.Protocols.LiquidRestaking.Renzo;

/// <summary>A WithdrawQueue request: ezETH locked, the asset amount owed at request time, and whether buffer backs it.</summary>
public sealed record RenzoWithdrawRequest(int Id, string Owner, string Asset, UInt256 EzETHLocked, UInt256 AmountToRedeem, ulong CreatedAt)
{
    /// <summary>True once withdraw-buffer ether/tokens are reserved for it (at request, or when a refill reaches it).</summary>
    public bool Filled { get; internal set; }

    public bool Claimed { get; internal set; }

    /// <summary>What the claim paid: min(amount at request, amount recomputed at claim).</summary>
    public UInt256 Paid { get; internal set; }
}
