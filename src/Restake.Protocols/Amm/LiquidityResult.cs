using Restake.Numerics;

namespace Restake.Protocols.Amm;

/// <summary>Outcome of an add or imbalanced remove: LP tokens minted or burned, per-coin fees, and the invariants.</summary>
public sealed record LiquidityResult(UInt256 LpAmount, IReadOnlyList<UInt256> Fees, UInt256 DBefore, UInt256 DAfter);
