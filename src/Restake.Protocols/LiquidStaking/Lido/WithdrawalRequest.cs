using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.Lido;

/// <summary>One unstETH request: stETH and shares locked at request time, and what finalisation made claimable.</summary>
public sealed record WithdrawalRequest(
    int Id,
    string Owner,
    UInt256 AmountOfStETH,
    UInt256 AmountOfShares,
    ulong Timestamp)
{
    public bool IsFinalized { get; internal set; }
    public bool IsClaimed { get; internal set; }

    /// <summary>Ether the owner can claim once finalised.</summary>
    public UInt256 ClaimableEther { get; internal set; }

    /// <summary>The request's own share rate, stETH·1e27/shares.</summary>
    public UInt256 ShareRate => UInt256.MulDiv(AmountOfStETH, Wad.Ray, AmountOfShares, Rounding.Down);
}
