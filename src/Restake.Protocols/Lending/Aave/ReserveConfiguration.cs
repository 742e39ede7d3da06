using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>
/// A reserve's risk parameters: LTV, liquidation threshold and bonus (10000 + bonus), protocol fee on the bonus and
/// reserve factor, all in basis points; decimals of the asset; whether it may be borrowed.
/// </summary>
public sealed record ReserveConfiguration(
    int Decimals,
    UInt256 Ltv,
    UInt256 LiquidationThreshold,
    UInt256 LiquidationBonus,
    UInt256 LiquidationProtocolFee,
    UInt256 ReserveFactor,
    bool BorrowingEnabled = true);
