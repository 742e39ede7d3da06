using Restake.Numerics;

namespace Restake.Protocols.Amm;

/// <summary>Outcome of a single-coin withdrawal: coins paid and the fee kept by the pool (in coin units).</summary>
public readonly record struct WithdrawOneResult(UInt256 Dy, UInt256 Fee);
