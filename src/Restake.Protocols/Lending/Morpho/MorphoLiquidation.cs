using Restake.Numerics;

namespace Restake.Protocols.Lending.Morpho;

/// <summary>Outcome of liquidate: collateral seized, debt shares and assets repaid, and bad debt socialised.</summary>
public readonly record struct MorphoLiquidation(
    UInt256 SeizedAssets,
    UInt256 RepaidShares,
    UInt256 RepaidAssets,
    UInt256 BadDebtShares,
    UInt256 BadDebtAssets);
