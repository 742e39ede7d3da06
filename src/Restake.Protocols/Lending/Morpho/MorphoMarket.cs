using Restake.Numerics;

namespace Restake.Protocols.Lending.Morpho;

/// <summary>
/// One Morpho Blue isolated market (loan token, collateral token, oracle, IRM, LLTV): share accounting with virtual
/// offsets, interest accrual by a 3-term Taylor expansion, the LIF liquidation formula with Morpho's rounding, and
/// bad debt socialised to suppliers at once. Every call is all-or-nothing.
/// </summary>
public sealed class MorphoMarket
{
    /// <summary>MAX_FEE = 25 % of interest.</summary>
    public static readonly UInt256 MaxFee = 250_000_000_000_000_000UL;

    /// <summary>MAX_LIQUIDATION_INCENTIVE_FACTOR = 1.15.</summary>
    public static readonly UInt256 MaxLiquidationIncentiveFactor = 1_150_000_000_000_000_000UL;

    /// <summary>LIQUIDATION_CURSOR = 0.3.</summary>
    public static readonly UInt256 LiquidationCursor = 300_000_000_000_000_000UL;

    private Dictionary<string, MorphoPosition> _positions = new(StringComparer.Ordinal);
    private UInt256 _fee;

    /// <summary>A market created at <paramref name="timestamp"/> with the oracle at <paramref name="oraclePrice"/> (1e36 scale).</summary>
    public MorphoMarket(UInt256 lltv, UInt256 oraclePrice, IMorphoIrm? irm = null, ulong timestamp = 0)
    {
        if (lltv >= Wad.One) throw new ArgumentOutOfRangeException(nameof(lltv), "LLTV must be below 1");
        Lltv = lltv;
        OraclePrice = oraclePrice;
        Irm = irm;
        Timestamp = timestamp;
        LastUpdate = timestamp;
    }

    public UInt256 Lltv { get; }
    public IMorphoIrm? Irm { get; }

    /// <summary>Price of one collateral unit in loan units × 1e36 (oracle.price()); set it to move the market.</summary>
    public UInt256 OraclePrice { get; set; }

    /// <summary>Share of interest minted to <see cref="FeeRecipient"/> as supply shares (WAD, ≤ 25 %).</summary>
    public UInt256 Fee => _fee;

    public string FeeRecipient { get; set; } = "feeRecipient";
    public ulong Timestamp { get; private set; }
    public ulong LastUpdate { get; private set; }
    public UInt256 TotalSupplyAssets { get; private set; }
    public UInt256 TotalSupplyShares { get; private set; }
    public UInt256 TotalBorrowAssets { get; private set; }
    public UInt256 TotalBorrowShares { get; private set; }

    /// <summary>position(id, user).</summary>
    public MorphoPosition Position(string user) => _positions.GetValueOrDefault(user);

    /// <summary>Every position with any balance.</summary>
    public IReadOnlyDictionary<string, MorphoPosition> Positions => _positions;

    /// <summary>Liquidation incentive factor: min(1.15, 1/(1 − 0.3·(1 − LLTV))), floors as Morpho.sol.</summary>
    public static UInt256 LiquidationIncentiveFactor(UInt256 lltv) =>
        UInt256.Min(MaxLiquidationIncentiveFactor,
            MorphoMath.WDivDown(Wad.One, Wad.One - MorphoMath.WMulDown(LiquidationCursor, Wad.One - lltv)));

    /// <summary>Moves the clock forward (interest accrues on the next call).</summary>
    public void Warp(ulong timestamp)
    {
        if (timestamp < Timestamp) throw new ArgumentOutOfRangeException(nameof(timestamp), "time cannot run backwards");
        Timestamp = timestamp;
    }

    /// <summary>setFee: accrues at the old fee first.</summary>
    public void SetFee(UInt256 fee) => Atomically(() =>
    {
        if (fee > MaxFee) throw new RevertException(MorphoErrors.MaxFeeExceeded);
        AccrueInterest();
        _fee = fee;
        return 0;
    });

    /// <summary>accrueInterest: borrow assets grow by totalBorrow·taylor(rate·Δt); the fee is minted as supply shares.</summary>
    public void AccrueInterest()
    {
        var elapsed = Timestamp - LastUpdate;
        if (elapsed == 0) return;
        if (Irm is not null)
        {
            var rate = Irm.BorrowRate(TotalSupplyAssets, TotalBorrowAssets);
            var interest = MorphoMath.WMulDown(TotalBorrowAssets, MorphoMath.WTaylorCompounded(rate, elapsed));
            TotalBorrowAssets += interest;
            TotalSupplyAssets += interest;
            if (!_fee.IsZero)
            {
                var feeAmount = MorphoMath.WMulDown(interest, _fee);
                var feeShares = MorphoMath.ToSharesDown(feeAmount, TotalSupplyAssets - feeAmount, TotalSupplyShares);
                var p = Position(FeeRecipient);
                _positions[FeeRecipient] = p with { SupplyShares = p.SupplyShares + feeShares };
                TotalSupplyShares += feeShares;
            }
        }

        LastUpdate = Timestamp;
    }

    /// <summary>supply(assets, shares, onBehalf): exactly one of the two is non-zero; returns both.</summary>
    public (UInt256 Assets, UInt256 Shares) Supply(string onBehalf, UInt256 assets, UInt256 shares) => Atomically(() =>
    {
        RequireExactlyOneZero(assets, shares);
        AccrueInterest();
        if (!assets.IsZero) shares = MorphoMath.ToSharesDown(assets, TotalSupplyAssets, TotalSupplyShares);
        else assets = MorphoMath.ToAssetsUp(shares, TotalSupplyAssets, TotalSupplyShares);
        var p = Position(onBehalf);
        _positions[onBehalf] = p with { SupplyShares = p.SupplyShares + shares };
        TotalSupplyShares += shares;
        TotalSupplyAssets += assets;
        return (assets, shares);
    });

    /// <summary>withdraw(assets, shares, onBehalf): leaves enough liquidity for the borrows.</summary>
    public (UInt256 Assets, UInt256 Shares) Withdraw(string onBehalf, UInt256 assets, UInt256 shares) => Atomically(() =>
    {
        RequireExactlyOneZero(assets, shares);
        AccrueInterest();
        if (!assets.IsZero) shares = MorphoMath.ToSharesUp(assets, TotalSupplyAssets, TotalSupplyShares);
        else assets = MorphoMath.ToAssetsDown(shares, TotalSupplyAssets, TotalSupplyShares);
        var p = Position(onBehalf);
        _positions[onBehalf] = p with { SupplyShares = p.SupplyShares - shares };
        TotalSupplyShares -= shares;
        TotalSupplyAssets -= assets;
        if (TotalBorrowAssets > TotalSupplyAssets) throw new RevertException(MorphoErrors.InsufficientLiquidity);
        return (assets, shares);
    });

    /// <summary>borrow(assets, shares, onBehalf): the position must stay healthy and the market liquid.</summary>
    public (UInt256 Assets, UInt256 Shares) Borrow(string onBehalf, UInt256 assets, UInt256 shares) => Atomically(() =>
    {
        RequireExactlyOneZero(assets, shares);
        AccrueInterest();
        if (!assets.IsZero) shares = MorphoMath.ToSharesUp(assets, TotalBorrowAssets, TotalBorrowShares);
        else assets = MorphoMath.ToAssetsDown(shares, TotalBorrowAssets, TotalBorrowShares);
        var p = Position(onBehalf);
        _positions[onBehalf] = p with { BorrowShares = p.BorrowShares + shares };
        TotalBorrowShares += shares;
        TotalBorrowAssets += assets;
        if (!IsHealthy(onBehalf, OraclePrice)) throw new RevertException(MorphoErrors.InsufficientCollateral);
        if (TotalBorrowAssets > TotalSupplyAssets) throw new RevertException(MorphoErrors.InsufficientLiquidity);
        return (assets, shares);
    });

    /// <summary>repay(assets, shares, onBehalf): repaying by assets rounds the shares burned down.</summary>
    public (UInt256 Assets, UInt256 Shares) Repay(string onBehalf, UInt256 assets, UInt256 shares) => Atomically(() =>
    {
        RequireExactlyOneZero(assets, shares);
        AccrueInterest();
        if (!assets.IsZero) shares = MorphoMath.ToSharesDown(assets, TotalBorrowAssets, TotalBorrowShares);
        else assets = MorphoMath.ToAssetsUp(shares, TotalBorrowAssets, TotalBorrowShares);
        var p = Position(onBehalf);
        _positions[onBehalf] = p with { BorrowShares = p.BorrowShares - shares };
        TotalBorrowShares -= shares;
        TotalBorrowAssets = ZeroFloorSub(TotalBorrowAssets, assets);
        return (assets, shares);
    });

    /// <summary>supplyCollateral(assets, onBehalf): no interest accrual needed.</summary>
    public void SupplyCollateral(string onBehalf, UInt256 assets) => Atomically(() =>
    {
        if (assets.IsZero) throw new RevertException(MorphoErrors.ZeroAssets);
        var p = Position(onBehalf);
        _positions[onBehalf] = p with { Collateral = p.Collateral + assets };
        return 0;
    });

    /// <summary>withdrawCollateral(assets, onBehalf): the position must stay healthy.</summary>
    public void WithdrawCollateral(string onBehalf, UInt256 assets) => Atomically(() =>
    {
        if (assets.IsZero) throw new RevertException(MorphoErrors.ZeroAssets);
        AccrueInterest();
        var p = Position(onBehalf);
        _positions[onBehalf] = p with { Collateral = p.Collateral - assets };
        if (!IsHealthy(onBehalf, OraclePrice)) throw new RevertException(MorphoErrors.InsufficientCollateral);
        return 0;
    });

    /// <summary>
    /// liquidate(borrower, seizedAssets, repaidShares): exactly one input is non-zero; seized collateral and repaid
    /// shares are rounded in the protocol's favour; if no collateral remains the rest of the debt is socialised.
    /// </summary>
    public MorphoLiquidation Liquidate(string borrower, UInt256 seizedAssets, UInt256 repaidShares) => Atomically(() =>
    {
        RequireExactlyOneZero(seizedAssets, repaidShares);
        AccrueInterest();
        var price = OraclePrice;
        if (IsHealthy(borrower, price)) throw new RevertException(MorphoErrors.HealthyPosition);
        var lif = LiquidationIncentiveFactor(Lltv);
        if (!seizedAssets.IsZero)
        {
            var seizedQuoted = MorphoMath.MulDivUp(seizedAssets, price, MorphoMath.OraclePriceScale);
            repaidShares = MorphoMath.ToSharesUp(MorphoMath.WDivUp(seizedQuoted, lif), TotalBorrowAssets, TotalBorrowShares);
        }
        else
        {
            seizedAssets = MorphoMath.MulDivDown(
                MorphoMath.WMulDown(MorphoMath.ToAssetsDown(repaidShares, TotalBorrowAssets, TotalBorrowShares), lif),
                MorphoMath.OraclePriceScale, price);
        }

        var repaidAssets = MorphoMath.ToAssetsUp(repaidShares, TotalBorrowAssets, TotalBorrowShares);
        var p = Position(borrower);
        p = p with { BorrowShares = p.BorrowShares - repaidShares, Collateral = p.Collateral - seizedAssets };
        TotalBorrowShares -= repaidShares;
        TotalBorrowAssets = ZeroFloorSub(TotalBorrowAssets, repaidAssets);

        UInt256 badDebtShares = UInt256.Zero, badDebtAssets = UInt256.Zero;
        if (p.Collateral.IsZero)
        {
            badDebtShares = p.BorrowShares;
            badDebtAssets = UInt256.Min(TotalBorrowAssets,
                MorphoMath.ToAssetsUp(badDebtShares, TotalBorrowAssets, TotalBorrowShares));
            TotalBorrowAssets -= badDebtAssets;
            TotalSupplyAssets -= badDebtAssets;
            TotalBorrowShares -= badDebtShares;
            p = p with { BorrowShares = UInt256.Zero };
        }

        _positions[borrower] = p;
        return new MorphoLiquidation(seizedAssets, repaidShares, repaidAssets, badDebtShares, badDebtAssets);
    });

    /// <summary>_isHealthy: collateral·price/1e36·LLTV (floors) ≥ borrowed assets rounded up.</summary>
    public bool IsHealthy(string user) => IsHealthy(user, OraclePrice);

    /// <summary>Borrowed assets of <paramref name="user"/>, rounded up as the health check rounds them.</summary>
    public UInt256 BorrowAssets(string user) =>
        MorphoMath.ToAssetsUp(Position(user).BorrowShares, TotalBorrowAssets, TotalBorrowShares);

    /// <summary>Supplied assets of <paramref name="user"/>, rounded down.</summary>
    public UInt256 SupplyAssets(string user) =>
        MorphoMath.ToAssetsDown(Position(user).SupplyShares, TotalSupplyAssets, TotalSupplyShares);

    /// <summary>The largest borrow the position's collateral allows.</summary>
    public UInt256 MaxBorrow(string user, UInt256 price) =>
        MorphoMath.WMulDown(MorphoMath.MulDivDown(Position(user).Collateral, price, MorphoMath.OraclePriceScale), Lltv);

    private bool IsHealthy(string user, UInt256 price)
    {
        if (Position(user).BorrowShares.IsZero) return true;
        return MaxBorrow(user, price) >= BorrowAssets(user);
    }

    private static UInt256 ZeroFloorSub(UInt256 x, UInt256 y) => x > y ? x - y : UInt256.Zero;

    private static void RequireExactlyOneZero(UInt256 a, UInt256 b)
    {
        if (a.IsZero == b.IsZero) throw new RevertException(MorphoErrors.InconsistentInput);
    }

    private T Atomically<T>(Func<T> operation)
    {
        var positions = new Dictionary<string, MorphoPosition>(_positions, StringComparer.Ordinal);
        var totals = (TotalSupplyAssets, TotalSupplyShares, TotalBorrowAssets, TotalBorrowShares, LastUpdate, _fee);
        try
        {
            return operation();
        }
        catch (RevertException)
        {
            _positions = positions;
            (TotalSupplyAssets, TotalSupplyShares, TotalBorrowAssets, TotalBorrowShares, LastUpdate, _fee) = totals;
            throw;
        }
    }
}
