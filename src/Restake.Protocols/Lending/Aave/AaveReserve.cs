using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>
/// One reserve of the market: indexes (ray), current rates, scaled supply and debt totals, virtual underlying
/// balance, treasury accrual and deficit. <see cref="UpdateState"/> accrues interest to a timestamp as
/// ReserveLogic.updateState does.
/// </summary>
public sealed class AaveReserve
{
    /// <summary>A fresh reserve: both indexes at 1 ray.</summary>
    public AaveReserve(string asset, ReserveConfiguration configuration, InterestRateModel rateModel,
        IAssetPriceSource price, ulong timestamp)
    {
        Asset = asset;
        Configuration = configuration;
        RateModel = rateModel;
        PriceSource = price;
        LiquidityIndex = WadRayMath.RayUnit;
        VariableBorrowIndex = WadRayMath.RayUnit;
        LastUpdateTimestamp = timestamp;
        CurrentVariableBorrowRate = rateModel.BaseVariableBorrowRate;
    }

    public string Asset { get; }
    public ReserveConfiguration Configuration { get; set; }
    public InterestRateModel RateModel { get; set; }
    public IAssetPriceSource PriceSource { get; set; }

    /// <summary>10^decimals.</summary>
    public UInt256 Unit => PowerOfTen(Configuration.Decimals);

    public UInt256 LiquidityIndex { get; private set; }
    public UInt256 VariableBorrowIndex { get; private set; }
    public UInt256 CurrentLiquidityRate { get; private set; }
    public UInt256 CurrentVariableBorrowRate { get; private set; }
    public ulong LastUpdateTimestamp { get; private set; }

    /// <summary>aToken scaled total supply (users and treasury).</summary>
    public UInt256 TotalScaledSupply { get; internal set; }

    /// <summary>Variable debt token scaled total supply.</summary>
    public UInt256 TotalScaledVariableDebt { get; internal set; }

    /// <summary>Underlying the pool accounts as held (supplied − borrowed − withdrawn + repaid).</summary>
    public UInt256 VirtualUnderlyingBalance { get; internal set; }

    /// <summary>Reserve-factor share of interest owed to the treasury, scaled (minted on mintToTreasury).</summary>
    public UInt256 AccruedToTreasury { get; private set; }

    /// <summary>Debt written off by liquidations that left no collateral (v3.3 deficit).</summary>
    public UInt256 Deficit { get; internal set; }

    /// <summary>getNormalizedIncome at <paramref name="now"/>: the liquidity index including interest since the last update.</summary>
    public UInt256 NormalizedIncome(ulong now) =>
        LastUpdateTimestamp == now
            ? LiquidityIndex
            : WadRayMath.RayMul(AaveInterestMath.LinearInterest(CurrentLiquidityRate, LastUpdateTimestamp, now), LiquidityIndex);

    /// <summary>getNormalizedDebt at <paramref name="now"/>.</summary>
    public UInt256 NormalizedDebt(ulong now) =>
        LastUpdateTimestamp == now
            ? VariableBorrowIndex
            : WadRayMath.RayMul(AaveInterestMath.CompoundedInterest(CurrentVariableBorrowRate, LastUpdateTimestamp, now), VariableBorrowIndex);

    /// <summary>Total variable debt in underlying units.</summary>
    public UInt256 TotalVariableDebt => WadRayMath.RayMul(TotalScaledVariableDebt, VariableBorrowIndex);

    /// <summary>updateState: rolls both indexes to <paramref name="now"/> and books the reserve factor to the treasury.</summary>
    public void UpdateState(ulong now)
    {
        if (LastUpdateTimestamp == now) return;
        var nextLiquidityIndex = LiquidityIndex;
        var nextBorrowIndex = VariableBorrowIndex;
        if (!CurrentLiquidityRate.IsZero)
            nextLiquidityIndex = WadRayMath.RayMul(
                AaveInterestMath.LinearInterest(CurrentLiquidityRate, LastUpdateTimestamp, now), LiquidityIndex);
        if (!TotalScaledVariableDebt.IsZero)
            nextBorrowIndex = WadRayMath.RayMul(
                AaveInterestMath.CompoundedInterest(CurrentVariableBorrowRate, LastUpdateTimestamp, now), VariableBorrowIndex);

        if (!Configuration.ReserveFactor.IsZero)
        {
            var previousDebt = WadRayMath.RayMul(TotalScaledVariableDebt, VariableBorrowIndex);
            var currentDebt = WadRayMath.RayMul(TotalScaledVariableDebt, nextBorrowIndex);
            var toMint = PercentageMath.PercentMul(currentDebt - previousDebt, Configuration.ReserveFactor);
            if (!toMint.IsZero) AccruedToTreasury += WadRayMath.RayDiv(toMint, nextLiquidityIndex);
        }

        LiquidityIndex = nextLiquidityIndex;
        VariableBorrowIndex = nextBorrowIndex;
        LastUpdateTimestamp = now;
    }

    /// <summary>updateInterestRatesAndVirtualBalance: new rates after <paramref name="added"/> in and <paramref name="taken"/> out.</summary>
    public void UpdateInterestRates(UInt256 added, UInt256 taken)
    {
        var available = VirtualUnderlyingBalance + added - taken;
        var (liquidityRate, borrowRate) = RateModel.Rates(TotalVariableDebt, available, Configuration.ReserveFactor);
        CurrentLiquidityRate = liquidityRate;
        CurrentVariableBorrowRate = borrowRate;
        VirtualUnderlyingBalance = available;
    }

    internal AaveReserve Clone() => (AaveReserve)MemberwiseClone();

    internal void RestoreFrom(AaveReserve snapshot)
    {
        Configuration = snapshot.Configuration;
        RateModel = snapshot.RateModel;
        PriceSource = snapshot.PriceSource;
        LiquidityIndex = snapshot.LiquidityIndex;
        VariableBorrowIndex = snapshot.VariableBorrowIndex;
        CurrentLiquidityRate = snapshot.CurrentLiquidityRate;
        CurrentVariableBorrowRate = snapshot.CurrentVariableBorrowRate;
        LastUpdateTimestamp = snapshot.LastUpdateTimestamp;
        TotalScaledSupply = snapshot.TotalScaledSupply;
        TotalScaledVariableDebt = snapshot.TotalScaledVariableDebt;
        VirtualUnderlyingBalance = snapshot.VirtualUnderlyingBalance;
        AccruedToTreasury = snapshot.AccruedToTreasury;
        Deficit = snapshot.Deficit;
    }

    internal static UInt256 PowerOfTen(int exponent)
    {
        UInt256 result = 1;
        for (var k = 0; k < exponent; k++) result *= 10;
        return result;
    }
}
