using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>
/// Outcome of liquidationCall: the health factor before, the liquidatable cap, the debt repaid, the collateral seized
/// (protocol fee included), the fee, what the liquidator receives, and the debt written off to deficits.
/// </summary>
public sealed record LiquidationResult(
    UInt256 HealthFactor,
    UInt256 MaxLiquidatableDebt,
    UInt256 ActualDebtToLiquidate,
    UInt256 CollateralSeized,
    UInt256 LiquidationProtocolFee,
    UInt256 CollateralToLiquidator,
    UInt256 BadDebt,
    IReadOnlyDictionary<string, UInt256> DeficitsCreated);
