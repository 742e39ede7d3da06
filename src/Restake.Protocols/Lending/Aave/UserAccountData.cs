using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>getUserAccountData: base-currency totals, borrowing power, averaged LT and LTV (bp) and health factor (wad).</summary>
public readonly record struct UserAccountData(
    UInt256 TotalCollateralBase,
    UInt256 TotalDebtBase,
    UInt256 AvailableBorrowsBase,
    UInt256 CurrentLiquidationThreshold,
    UInt256 Ltv,
    UInt256 HealthFactor,
    bool HasZeroLtvCollateral);
