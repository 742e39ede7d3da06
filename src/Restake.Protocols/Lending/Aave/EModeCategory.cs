using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>
/// An efficiency-mode category (v3.2+): its LTV, threshold and bonus replace those of the listed collateral assets
/// for users in the category; only the listed borrowable assets may be borrowed in it.
/// </summary>
public sealed record EModeCategory(
    int Id,
    UInt256 Ltv,
    UInt256 LiquidationThreshold,
    UInt256 LiquidationBonus,
    IReadOnlySet<string> CollateralAssets,
    IReadOnlySet<string> BorrowableAssets);
