using Restake.Numerics;

namespace Restake.Protocols.Amm;

/// <summary>
/// Every intermediate of one swap quote (get_dy / exchange): the invariant, the new balance of coin j, the gross
/// output <c>xp[j]-y-1</c>, the fee rate applied, the fee and its admin share, and the net output in coin j units.
/// </summary>
public readonly record struct StableSwapQuote(
    UInt256 D,
    UInt256 Y,
    UInt256 DyGross,
    UInt256 FeeRate,
    UInt256 Fee,
    UInt256 AdminFee,
    UInt256 Dy);
