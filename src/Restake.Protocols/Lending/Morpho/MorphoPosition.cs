using Restake.Numerics;

namespace Restake.Protocols.Lending.Morpho;

/// <summary>A user's position in one Morpho market: supply shares, borrow shares and collateral assets.</summary>
public readonly record struct MorphoPosition(UInt256 SupplyShares, UInt256 BorrowShares, UInt256 Collateral);
