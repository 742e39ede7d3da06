using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>
/// An Aave v3.3-style pool: reserves with ray indexes and kinked rates, users with scaled balances, e-mode
/// categories, supply / withdraw / borrow / repay / liquidationCall with the v3.3 rounding. Every call is
/// all-or-nothing: a revert restores the state it started from.
/// </summary>
public sealed partial class AaveMarket
{
    /// <summary>The account that receives liquidation protocol fees (as aTokens).</summary>
    public const string Treasury = "treasury";

    /// <summary>HEALTH_FACTOR_LIQUIDATION_THRESHOLD = 1e18.</summary>
    public static readonly UInt256 HealthFactorLiquidationThreshold = Wad.One;

    private readonly Dictionary<string, AaveReserve> _reserves = new(StringComparer.Ordinal);
    private readonly List<string> _reserveOrder = [];
    private readonly Dictionary<string, AaveUserPosition> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<int, EModeCategory> _eModes = [];

    /// <summary>A market with no reserves at time <paramref name="timestamp"/>.</summary>
    public AaveMarket(ulong timestamp = 0) => Timestamp = timestamp;

    /// <summary>block.timestamp as the market sees it.</summary>
    public ulong Timestamp { get; private set; }

    /// <summary>Reserves in listing order (the order account data iterates them).</summary>
    public IEnumerable<AaveReserve> Reserves => _reserveOrder.Select(a => _reserves[a]);

    /// <summary>The reserve of <paramref name="asset"/>; reverts <c>AssetNotListed</c> when unknown.</summary>
    public AaveReserve Reserve(string asset) =>
        _reserves.TryGetValue(asset, out var reserve) ? reserve : throw new RevertException(AaveErrors.ReserveNotFound);

    /// <summary>The position of <paramref name="user"/> (empty if never seen).</summary>
    public AaveUserPosition Position(string user)
    {
        if (!_users.TryGetValue(user, out var position)) _users[user] = position = new AaveUserPosition();
        return position;
    }

    /// <summary>Moves the market clock forward.</summary>
    public void Warp(ulong timestamp)
    {
        if (timestamp < Timestamp) throw new ArgumentOutOfRangeException(nameof(timestamp), "time cannot run backwards");
        Timestamp = timestamp;
    }

    /// <summary>Lists a reserve.</summary>
    public AaveReserve AddReserve(string asset, ReserveConfiguration configuration, InterestRateModel rateModel, IAssetPriceSource price)
    {
        if (_reserves.ContainsKey(asset)) throw new ArgumentException($"reserve '{asset}' already listed", nameof(asset));
        var reserve = new AaveReserve(asset, configuration, rateModel, price, Timestamp);
        _reserves[asset] = reserve;
        _reserveOrder.Add(asset);
        return reserve;
    }

    /// <summary>Configures an e-mode category (id ≥ 1).</summary>
    public void SetEModeCategory(EModeCategory category)
    {
        if (category.Id <= 0) throw new ArgumentOutOfRangeException(nameof(category), "e-mode ids start at 1");
        _eModes[category.Id] = category;
    }

    /// <summary>
    /// Loads a position from a snapshot without validation: <paramref name="supplied"/> and <paramref name="borrowed"/>
    /// (underlying units) are minted as scaled balances at the current indexes. Supplied funds join the reserve's
    /// liquidity; borrowed funds are taken to have come from liquidity the snapshot does not show.
    /// </summary>
    public void SeedPosition(string user, string asset, UInt256 supplied, UInt256 borrowed, bool useAsCollateral = true)
    {
        var reserve = Reserve(asset);
        reserve.UpdateState(Timestamp);
        var position = Position(user);
        if (!supplied.IsZero)
        {
            var scaled = WadRayMath.RayDiv(supplied, reserve.LiquidityIndex);
            AaveUserPosition.Add(position.ScaledSupply, asset, scaled);
            reserve.TotalScaledSupply += scaled;
            reserve.VirtualUnderlyingBalance += supplied;
            if (useAsCollateral) position.CollateralEnabled.Add(asset);
        }

        if (!borrowed.IsZero)
        {
            var scaled = WadRayMath.RayDiv(borrowed, reserve.VariableBorrowIndex);
            AaveUserPosition.Add(position.ScaledDebt, asset, scaled);
            reserve.TotalScaledVariableDebt += scaled;
        }

        reserve.UpdateInterestRates(UInt256.Zero, UInt256.Zero);
    }

    /// <summary>aToken balanceOf: scaled supply × normalized income.</summary>
    public UInt256 SupplyBalance(string user, string asset) =>
        WadRayMath.RayMul(Position(user).ScaledSupplyOf(asset), Reserve(asset).NormalizedIncome(Timestamp));

    /// <summary>Variable debt balanceOf: scaled debt × normalized debt.</summary>
    public UInt256 DebtBalance(string user, string asset) =>
        WadRayMath.RayMul(Position(user).ScaledDebtOf(asset), Reserve(asset).NormalizedDebt(Timestamp));

    /// <summary>The asset's price at the current time.</summary>
    public UInt256 Price(string asset) => Reserve(asset).PriceSource.Price(Timestamp);

    /// <summary>supply(asset, amount, onBehalfOf): mints scaled aTokens; the first supply enables it as collateral.</summary>
    public void Supply(string user, string asset, UInt256 amount) => Atomically(() =>
    {
        var reserve = Reserve(asset);
        reserve.UpdateState(Timestamp);
        if (amount.IsZero) throw new RevertException(AaveErrors.InvalidAmount);
        reserve.UpdateInterestRates(amount, UInt256.Zero);
        var scaled = WadRayMath.RayDiv(amount, reserve.LiquidityIndex);
        if (scaled.IsZero) throw new RevertException(AaveErrors.InvalidMintAmount);
        var position = Position(user);
        var first = position.ScaledSupplyOf(asset).IsZero;
        AaveUserPosition.Add(position.ScaledSupply, asset, scaled);
        reserve.TotalScaledSupply += scaled;
        if (first && !reserve.Configuration.Ltv.IsZero) position.CollateralEnabled.Add(asset);
    });

    /// <summary>withdraw(asset, amount): <see cref="UInt256.MaxValue"/> withdraws everything; the health factor must stay ≥ 1.</summary>
    public UInt256 Withdraw(string user, string asset, UInt256 amount) => Atomically(() =>
    {
        var reserve = Reserve(asset);
        reserve.UpdateState(Timestamp);
        var position = Position(user);
        var userBalance = WadRayMath.RayMul(position.ScaledSupplyOf(asset), reserve.LiquidityIndex);
        var toWithdraw = amount == UInt256.MaxValue ? userBalance : amount;
        if (amount.IsZero) throw new RevertException(AaveErrors.InvalidAmount);
        if (toWithdraw > userBalance) throw new RevertException(AaveErrors.NotEnoughAvailableUserBalance);
        reserve.UpdateInterestRates(UInt256.Zero, toWithdraw);
        var isCollateral = position.UsesAsCollateral(asset);
        if (isCollateral && toWithdraw == userBalance) position.CollateralEnabled.Remove(asset);
        BurnScaled(position.ScaledSupply, asset, WadRayMath.RayDiv(toWithdraw, reserve.LiquidityIndex), reserve, supply: true);
        if (isCollateral && position.IsBorrowingAny) RequireHealthy(user);
        return toWithdraw;
    });

    /// <summary>borrow(asset, amount) at the variable rate.</summary>
    public void Borrow(string user, string asset, UInt256 amount) => Atomically(() =>
    {
        var reserve = Reserve(asset);
        reserve.UpdateState(Timestamp);
        var position = Position(user);
        if (amount.IsZero) throw new RevertException(AaveErrors.InvalidAmount);
        if (!reserve.Configuration.BorrowingEnabled) throw new RevertException(AaveErrors.BorrowingNotEnabled);
        if (amount > reserve.VirtualUnderlyingBalance) throw new RevertException(AaveErrors.InvalidAmount);
        if (position.EModeCategory != 0 && !_eModes[position.EModeCategory].BorrowableAssets.Contains(asset))
            throw new RevertException(AaveErrors.NotBorrowableInEMode);

        var data = GetUserAccountData(user);
        if (data.TotalCollateralBase.IsZero) throw new RevertException(AaveErrors.CollateralBalanceIsZero);
        if (data.Ltv.IsZero) throw new RevertException(AaveErrors.LtvValidationFailed);
        if (data.HealthFactor <= HealthFactorLiquidationThreshold)
            throw new RevertException(AaveErrors.HealthFactorLowerThanLiquidationThreshold);
        var amountInBase = reserve.PriceSource.Price(Timestamp) * amount / reserve.Unit;
        var collateralNeeded = PercentageMath.PercentDiv(data.TotalDebtBase + amountInBase, data.Ltv);
        if (collateralNeeded > data.TotalCollateralBase) throw new RevertException(AaveErrors.CollateralCannotCoverNewBorrow);

        var scaled = WadRayMath.RayDiv(amount, reserve.VariableBorrowIndex);
        if (scaled.IsZero) throw new RevertException(AaveErrors.InvalidMintAmount);
        AaveUserPosition.Add(position.ScaledDebt, asset, scaled);
        reserve.TotalScaledVariableDebt += scaled;
        reserve.UpdateInterestRates(UInt256.Zero, amount);
    });

    /// <summary>repay(asset, amount): <see cref="UInt256.MaxValue"/> (or more than owed) repays the whole debt; returns the amount repaid.</summary>
    public UInt256 Repay(string user, string asset, UInt256 amount) => Atomically(() =>
    {
        var reserve = Reserve(asset);
        reserve.UpdateState(Timestamp);
        var position = Position(user);
        var debt = WadRayMath.RayMul(position.ScaledDebtOf(asset), reserve.VariableBorrowIndex);
        if (amount.IsZero) throw new RevertException(AaveErrors.InvalidAmount);
        if (debt.IsZero) throw new RevertException(AaveErrors.NoDebtOfSelectedType);
        var payback = amount < debt ? amount : debt;
        BurnScaled(position.ScaledDebt, asset, WadRayMath.RayDiv(payback, reserve.VariableBorrowIndex), reserve, supply: false);
        reserve.UpdateInterestRates(payback, UInt256.Zero);
        return payback;
    });

    /// <summary>setUserUseReserveAsCollateral: disabling must keep the health factor ≥ 1.</summary>
    public void SetUseAsCollateral(string user, string asset, bool enabled) => Atomically(() =>
    {
        var reserve = Reserve(asset);
        var position = Position(user);
        if (position.ScaledSupplyOf(asset).IsZero) throw new RevertException("UnderlyingBalanceZero");
        if (enabled)
        {
            if (reserve.Configuration.Ltv.IsZero) throw new RevertException("UserInIsolationModeOrLtvZero");
            position.CollateralEnabled.Add(asset);
        }
        else
        {
            position.CollateralEnabled.Remove(asset);
            if (position.IsBorrowingAny) RequireHealthy(user);
        }
    });

    /// <summary>setUserEMode(category): every open borrow must be borrowable in it and the health factor stay ≥ 1.</summary>
    public void SetUserEMode(string user, int category) => Atomically(() =>
    {
        var position = Position(user);
        if (category != 0)
        {
            if (!_eModes.TryGetValue(category, out var eMode)) throw new RevertException(AaveErrors.InconsistentEModeCategory);
            if (position.ScaledDebt.Keys.Any(a => !eMode.BorrowableAssets.Contains(a)))
                throw new RevertException(AaveErrors.NotBorrowableInEMode);
        }

        position.EModeCategory = category;
        if (position.IsBorrowingAny) RequireHealthy(user);
    });

    private void RequireHealthy(string user)
    {
        if (GetUserAccountData(user).HealthFactor < HealthFactorLiquidationThreshold)
            throw new RevertException(AaveErrors.HealthFactorLowerThanLiquidationThreshold);
    }

    private static void BurnScaled(Dictionary<string, UInt256> book, string asset, UInt256 scaled, AaveReserve reserve, bool supply)
    {
        if (scaled.IsZero) throw new RevertException(AaveErrors.InvalidBurnAmount);
        AaveUserPosition.Subtract(book, asset, scaled); // checked: burning more than held reverts
        if (supply) reserve.TotalScaledSupply -= scaled;
        else reserve.TotalScaledVariableDebt -= scaled;
    }

    private void Atomically(Action operation) => Atomically(() =>
    {
        operation();
        return 0;
    });

    private T Atomically<T>(Func<T> operation)
    {
        var reserves = _reserves.ToDictionary(kv => kv.Key, kv => kv.Value.Clone(), StringComparer.Ordinal);
        var users = _users.ToDictionary(kv => kv.Key, kv => kv.Value.Clone(), StringComparer.Ordinal);
        try
        {
            return operation();
        }
        catch (RevertException)
        {
            foreach (var (asset, snapshot) in reserves) _reserves[asset].RestoreFrom(snapshot);
            foreach (var user in _users.Keys.Where(u => !users.ContainsKey(u)).ToList()) _users.Remove(user);
            foreach (var (user, snapshot) in users) _users[user].RestoreFrom(snapshot);
            throw;
        }
    }
}
