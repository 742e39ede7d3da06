using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

public sealed partial class AaveMarket
{
    /// <summary>
    /// GenericLogic.calculateUserAccountData (v3.3): values floor <c>balance·price/10^dec</c>; LT and LTV are
    /// value-weighted averages (floor); HF = wadDiv(percentMul(collateral, avgLT), debt), both half up;
    /// <c>2^256−1</c> without debt.
    /// </summary>
    public UserAccountData GetUserAccountData(string user)
    {
        var position = Position(user);
        var eMode = position.EModeCategory != 0 ? _eModes[position.EModeCategory] : null;
        var totalCollateral = UInt256.Zero;
        var totalDebt = UInt256.Zero;
        var weightedLtv = UInt256.Zero;
        var weightedLt = UInt256.Zero;
        var hasZeroLtvCollateral = false;
        foreach (var asset in _reserveOrder)
        {
            var reserve = _reserves[asset];
            var configuration = reserve.Configuration;
            if (!configuration.LiquidationThreshold.IsZero && position.UsesAsCollateral(asset))
            {
                var inEMode = eMode is not null && eMode.CollateralAssets.Contains(asset);
                var value = WadRayMath.RayMul(position.ScaledSupplyOf(asset), reserve.NormalizedIncome(Timestamp))
                            * reserve.PriceSource.Price(Timestamp) / reserve.Unit;
                totalCollateral += value;
                if (!configuration.Ltv.IsZero) weightedLtv += value * (inEMode ? eMode!.Ltv : configuration.Ltv);
                else hasZeroLtvCollateral = true;
                weightedLt += value * (inEMode ? eMode!.LiquidationThreshold : configuration.LiquidationThreshold);
            }

            var scaledDebt = position.ScaledDebtOf(asset);
            if (!scaledDebt.IsZero)
                totalDebt += reserve.PriceSource.Price(Timestamp)
                             * WadRayMath.RayMul(scaledDebt, reserve.NormalizedDebt(Timestamp)) / reserve.Unit;
        }

        var avgLtv = totalCollateral.IsZero ? UInt256.Zero : weightedLtv / totalCollateral;
        var avgLt = totalCollateral.IsZero ? UInt256.Zero : weightedLt / totalCollateral;
        var healthFactor = totalDebt.IsZero
            ? UInt256.MaxValue
            : WadRayMath.WadDiv(PercentageMath.PercentMul(totalCollateral, avgLt), totalDebt);
        var borrowPower = PercentageMath.PercentMul(totalCollateral, avgLtv);
        var available = borrowPower > totalDebt ? borrowPower - totalDebt : UInt256.Zero;
        return new UserAccountData(totalCollateral, totalDebt, available, avgLt, avgLtv, healthFactor, hasZeroLtvCollateral);
    }

    /// <summary>The health factor alone (wad).</summary>
    public UInt256 HealthFactor(string user) => GetUserAccountData(user).HealthFactor;
}
