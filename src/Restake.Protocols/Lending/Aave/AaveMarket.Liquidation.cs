using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

public sealed partial class AaveMarket
{
    /// <summary>DEFAULT_LIQUIDATION_CLOSE_FACTOR = 50 %.</summary>
    public static readonly UInt256 DefaultLiquidationCloseFactor = 5_000;

    /// <summary>CLOSE_FACTOR_HF_THRESHOLD = 0.95e18: at or below it the whole reserve debt is liquidatable.</summary>
    public static readonly UInt256 CloseFactorHfThreshold = 950_000_000_000_000_000UL;

    /// <summary>MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD = $2,000 (8 decimals).</summary>
    public static readonly UInt256 MinBaseMaxCloseFactorThreshold = 200_000_000_000UL;

    /// <summary>MIN_LEFTOVER_BASE = $1,000 (8 decimals).</summary>
    public static readonly UInt256 MinLeftoverBase = 100_000_000_000UL;

    /// <summary>
    /// liquidationCall(collateral, debt, user, debtToCover, receiveAToken = false) of v3.3: close factor on the
    /// user's total debt, collateral bonus with the protocol fee on it, the dust rule, and bad debt written to
    /// reserve deficits when the seized collateral was all the user had.
    /// </summary>
    public LiquidationResult LiquidationCall(string collateralAsset, string debtAsset, string user, UInt256 debtToCover) =>
        Atomically(() =>
        {
            var collateralReserve = Reserve(collateralAsset);
            var debtReserve = Reserve(debtAsset);
            debtReserve.UpdateState(Timestamp);
            collateralReserve.UpdateState(Timestamp);
            var position = Position(user);
            var data = GetUserAccountData(user);

            var userCollateral = WadRayMath.RayMul(position.ScaledSupplyOf(collateralAsset), collateralReserve.LiquidityIndex);
            var userReserveDebt = WadRayMath.RayMul(position.ScaledDebtOf(debtAsset), debtReserve.VariableBorrowIndex);
            if (data.HealthFactor >= HealthFactorLiquidationThreshold)
                throw new RevertException(AaveErrors.HealthFactorNotBelowThreshold);
            if (collateralReserve.Configuration.LiquidationThreshold.IsZero || !position.UsesAsCollateral(collateralAsset))
                throw new RevertException(AaveErrors.CollateralCannotBeLiquidated);
            if (userReserveDebt.IsZero) throw new RevertException(AaveErrors.SpecifiedCurrencyNotBorrowedByUser);

            var collateralPrice = collateralReserve.PriceSource.Price(Timestamp);
            var debtPrice = debtReserve.PriceSource.Price(Timestamp);
            var collateralUnit = collateralReserve.Unit;
            var debtUnit = debtReserve.Unit;
            var userReserveDebtBase = userReserveDebt * debtPrice / debtUnit;
            var userCollateralBase = userCollateral * collateralPrice / collateralUnit;

            var maxLiquidatableDebt = userReserveDebt;
            if (userCollateralBase >= MinBaseMaxCloseFactorThreshold && userReserveDebtBase >= MinBaseMaxCloseFactorThreshold
                && data.HealthFactor > CloseFactorHfThreshold)
            {
                var closeFactorBase = PercentageMath.PercentMul(data.TotalDebtBase, DefaultLiquidationCloseFactor);
                if (userReserveDebtBase > closeFactorBase) maxLiquidatableDebt = closeFactorBase * debtUnit / debtPrice;
            }

            var debtToLiquidate = UInt256.Min(debtToCover, maxLiquidatableDebt);
            var bonus = LiquidationBonus(position, collateralAsset, collateralReserve);
            var (seized, actualDebt, protocolFee, seizedBase) = AvailableCollateralToLiquidate(
                collateralPrice, collateralUnit, debtPrice, debtUnit, debtToLiquidate, userCollateral, bonus,
                collateralReserve.Configuration.LiquidationProtocolFee);
            var toLiquidator = seized - protocolFee;

            if (actualDebt < userReserveDebt && seized < userCollateral)
            {
                var debtLeftBase = (userReserveDebt - actualDebt) * debtPrice / debtUnit;
                var collateralLeftBase = (userCollateral - seized) * collateralPrice / collateralUnit;
                if (debtLeftBase < MinLeftoverBase || collateralLeftBase < MinLeftoverBase)
                    throw new RevertException(AaveErrors.MustNotLeaveDust);
            }

            if (seized == userCollateral) position.CollateralEnabled.Remove(collateralAsset);
            var hasNoCollateralLeft = data.TotalCollateralBase == seizedBase;

            // Debt side: burn what is repaid, or all of it when nothing is left to back it.
            var badDebt = hasNoCollateralLeft ? userReserveDebt - actualDebt : UInt256.Zero;
            BurnScaled(position.ScaledDebt, debtAsset,
                WadRayMath.RayDiv(hasNoCollateralLeft ? userReserveDebt : actualDebt, debtReserve.VariableBorrowIndex),
                debtReserve, supply: false);
            debtReserve.Deficit += badDebt;
            debtReserve.UpdateInterestRates(actualDebt, UInt256.Zero);

            // Collateral side: the liquidator takes underlying, the treasury takes its fee as aTokens.
            collateralReserve.UpdateInterestRates(UInt256.Zero, toLiquidator);
            BurnScaled(position.ScaledSupply, collateralAsset,
                WadRayMath.RayDiv(toLiquidator, collateralReserve.LiquidityIndex), collateralReserve, supply: true);
            if (!protocolFee.IsZero)
            {
                var feeScaled = WadRayMath.RayDiv(protocolFee, collateralReserve.LiquidityIndex);
                AaveUserPosition.Subtract(position.ScaledSupply, collateralAsset, feeScaled);
                AaveUserPosition.Add(Position(Treasury).ScaledSupply, collateralAsset, feeScaled);
            }

            var deficits = new Dictionary<string, UInt256>(StringComparer.Ordinal);
            if (!badDebt.IsZero) deficits[debtAsset] = badDebt;
            if (hasNoCollateralLeft) BurnBadDebt(position, deficits);
            return new LiquidationResult(data.HealthFactor, maxLiquidatableDebt, actualDebt, seized, protocolFee,
                toLiquidator, badDebt, deficits);
        });

    /// <summary>
    /// _calculateAvailableCollateralToLiquidate: (collateral seized incl. fee, debt repaid, protocol fee, seized value).
    /// </summary>
    public static (UInt256 Seized, UInt256 DebtNeeded, UInt256 ProtocolFee, UInt256 SeizedBase) AvailableCollateralToLiquidate(
        UInt256 collateralPrice, UInt256 collateralUnit, UInt256 debtPrice, UInt256 debtUnit, UInt256 debtToCover,
        UInt256 userCollateral, UInt256 liquidationBonus, UInt256 protocolFeeBps)
    {
        var baseCollateral = debtPrice * debtToCover * collateralUnit / (collateralPrice * debtUnit);
        var maxCollateral = PercentageMath.PercentMul(baseCollateral, liquidationBonus);
        UInt256 collateralAmount, debtNeeded;
        if (maxCollateral > userCollateral)
        {
            collateralAmount = userCollateral;
            debtNeeded = PercentageMath.PercentDiv(
                collateralPrice * collateralAmount * debtUnit / (debtPrice * collateralUnit), liquidationBonus);
        }
        else
        {
            collateralAmount = maxCollateral;
            debtNeeded = debtToCover;
        }

        var seizedBase = collateralAmount * collateralPrice / collateralUnit;
        var fee = UInt256.Zero;
        if (!protocolFeeBps.IsZero)
        {
            var bonusCollateral = collateralAmount - PercentageMath.PercentDiv(collateralAmount, liquidationBonus);
            fee = PercentageMath.PercentMul(bonusCollateral, protocolFeeBps);
        }

        return (collateralAmount, debtNeeded, fee, seizedBase);
    }

    private UInt256 LiquidationBonus(AaveUserPosition position, string collateralAsset, AaveReserve collateralReserve) =>
        position.EModeCategory != 0 && _eModes[position.EModeCategory].CollateralAssets.Contains(collateralAsset)
            ? _eModes[position.EModeCategory].LiquidationBonus
            : collateralReserve.Configuration.LiquidationBonus;

    private void BurnBadDebt(AaveUserPosition position, Dictionary<string, UInt256> deficits)
    {
        foreach (var asset in position.ScaledDebt.Keys.ToList())
        {
            var reserve = _reserves[asset];
            reserve.UpdateState(Timestamp);
            var debt = WadRayMath.RayMul(position.ScaledDebtOf(asset), reserve.VariableBorrowIndex);
            BurnScaled(position.ScaledDebt, asset, position.ScaledDebtOf(asset), reserve, supply: false);
            reserve.Deficit += debt;
            deficits[asset] = deficits.GetValueOrDefault(asset) + debt;
            reserve.UpdateInterestRates(UInt256.Zero, UInt256.Zero);
        }
    }
}
