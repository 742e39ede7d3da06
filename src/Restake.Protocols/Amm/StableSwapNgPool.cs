using Restake.Numerics;

namespace Restake.Protocols.Amm;

/// <summary>
/// A Curve StableSwap-NG plain or oracle pool (CurveStableSwapNG.vy, v7.0.0) of 2–8 non-rebasing coins: balances
/// scaled by stored rates (<c>1e18·10^(18−decimals)</c>, times the oracle rate for oracle coins), dynamic fee with
/// the off-peg multiplier, EMA price and D oracles. Operations are all-or-nothing.
/// </summary>
public sealed partial class StableSwapNgPool
{
    /// <summary>MAX_FEE = 5e9.</summary>
    public static readonly UInt256 MaxFee = 5_000_000_000UL;

    private const int MaxCoins = 8;

    private readonly UInt256[] _storedBalances;
    private readonly UInt256[] _adminBalances;
    private readonly UInt256[] _rates;
    private readonly UInt256[] _collectedAdminFees;
    private NgPriceOracle _oracle;

    /// <summary>
    /// An empty pool. <paramref name="rates"/> are the stored rates of each coin; <paramref name="fee"/> and
    /// <paramref name="offpegFeeMultiplier"/> are in 1e10 units; <paramref name="maExpTime"/> is the price EMA window.
    /// </summary>
    public StableSwapNgPool(
        UInt256 a, UInt256 fee, UInt256 offpegFeeMultiplier, IReadOnlyList<UInt256> rates, ulong maExpTime = 866,
        ulong timestamp = 0)
    {
        if (rates.Count is < 2 or > MaxCoins) throw new ArgumentException("a pool has 2 to 8 coins", nameof(rates));
        if (rates.Any(r => r.IsZero)) throw new ArgumentException("rates must be positive", nameof(rates));
        Coins = rates.Count;
        Amplification = new AmplificationSchedule(a);
        ValidateFees(fee, offpegFeeMultiplier);
        Fee = fee;
        OffpegFeeMultiplier = offpegFeeMultiplier;
        AdminFee = 5_000_000_000UL;
        _rates = rates.ToArray();
        _storedBalances = new UInt256[Coins];
        _adminBalances = new UInt256[Coins];
        _collectedAdminFees = new UInt256[Coins];
        Timestamp = timestamp;
        _oracle = new NgPriceOracle(Coins, maExpTime, timestamp);
    }

    /// <summary>
    /// A pool already holding <paramref name="balances"/> (coin units, no admin fees) with <paramref name="lpSupply"/>
    /// LP tokens owned by <paramref name="lpHolder"/>; the D oracle starts at the current invariant.
    /// </summary>
    public static StableSwapNgPool FromBalances(
        UInt256 a, UInt256 fee, UInt256 offpegFeeMultiplier, IReadOnlyList<UInt256> rates,
        IReadOnlyList<UInt256> balances, UInt256 lpSupply, string lpHolder = "genesis", ulong maExpTime = 866,
        ulong timestamp = 0)
    {
        var pool = new StableSwapNgPool(a, fee, offpegFeeMultiplier, rates, maExpTime, timestamp);
        if (balances.Count != pool.Coins) throw new ArgumentException("one balance per coin", nameof(balances));
        for (var k = 0; k < pool.Coins; k++) pool._storedBalances[k] = balances[k];
        if (!lpSupply.IsZero) pool.Lp.Mint(lpHolder, lpSupply);
        pool._oracle.ResetD(pool.GetD(), timestamp);
        return pool;
    }

    /// <summary>N_COINS.</summary>
    public int Coins { get; }

    public AmplificationSchedule Amplification { get; }
    public UInt256 Fee { get; private set; }
    public UInt256 OffpegFeeMultiplier { get; private set; }

    /// <summary>admin_fee: 5e9 (50 %) unless changed by set_new_admin_fee.</summary>
    public UInt256 AdminFee { get; private set; }

    public LpToken Lp { get; } = new();
    public ulong Timestamp { get; private set; }
    public NgPriceOracle Oracle => _oracle;

    /// <summary>stored_balances: coins the pool holds, admin fees included.</summary>
    public IReadOnlyList<UInt256> StoredBalances => _storedBalances;

    public IReadOnlyList<UInt256> AdminBalances => _adminBalances;

    /// <summary>Admin fees paid out so far (to the fee receiver), per coin.</summary>
    public IReadOnlyList<UInt256> CollectedAdminFees => _collectedAdminFees;

    /// <summary>stored_rates().</summary>
    public IReadOnlyList<UInt256> Rates => _rates;

    /// <summary>balances(i): stored balance less admin balance.</summary>
    public UInt256 Balance(int i) => _storedBalances[i] - _adminBalances[i];

    public UInt256 A => Amplification.A(Timestamp);

    /// <summary>Moves the pool's clock forward.</summary>
    public void Warp(ulong timestamp)
    {
        if (timestamp < Timestamp) throw new ArgumentOutOfRangeException(nameof(timestamp), "time cannot run backwards");
        Timestamp = timestamp;
    }

    /// <summary>Sets coin <paramref name="i"/>'s stored rate (an oracle coin's rate moved, e.g. wstETH).</summary>
    public void SetRate(int i, UInt256 rate)
    {
        if (rate.IsZero) throw new ArgumentOutOfRangeException(nameof(rate), "rate must be positive");
        _rates[i] = rate;
    }

    /// <summary>The invariant of the current balances.</summary>
    public UInt256 GetD()
    {
        Span<UInt256> xp = stackalloc UInt256[Coins];
        FillXp(xp);
        return StableSwapMath.GetD(xp, Amplification.APrecise(Timestamp), StableSwapVariant.NextGen);
    }

    /// <summary>get_virtual_price().</summary>
    public UInt256 GetVirtualPrice() => GetD() * StableSwapMath.Precision / Lp.TotalSupply;

    /// <summary>dynamic_fee(i, j) at the current balances.</summary>
    public UInt256 DynamicFee(int i, int j)
    {
        CheckIndexes(i, j);
        return StableSwapMath.DynamicFee(Xp(i), Xp(j), Fee, OffpegFeeMultiplier);
    }

    /// <summary>get_p(k): the AMM state price of coin k+1 in coin 0.</summary>
    public UInt256 GetP(int k)
    {
        Span<UInt256> xp = stackalloc UInt256[Coins];
        FillXp(xp);
        var amp = Amplification.APrecise(Timestamp);
        return NgPriceOracle.SpotPrices(xp, amp, StableSwapMath.GetD(xp, amp, StableSwapVariant.NextGen))[k];
    }

    /// <summary>price_oracle(k) at the current time.</summary>
    public UInt256 PriceOracle(int k) => _oracle.PriceOracle(k, Timestamp);

    /// <summary>D_oracle() at the current time.</summary>
    public UInt256 DOracle() => _oracle.DOracle(Timestamp);

    /// <summary>get_dy(i, j, dx) with every intermediate (the views contract's arithmetic, same as exchange).</summary>
    public StableSwapQuote QuoteExchange(int i, int j, UInt256 dx)
    {
        CheckIndexes(i, j);
        if (Coins == 2 && StableSwapMath.TryQuoteNgTwoCoins(
                i, Balance(i), Balance(j), _rates[i], _rates[j], dx, Amplification.APrecise(Timestamp), Fee,
                OffpegFeeMultiplier, AdminFee, out var fast))
        {
            return fast;
        }

        Span<UInt256> xp = stackalloc UInt256[Coins];
        return Quote(i, j, dx, xp, Amplification.APrecise(Timestamp));
    }

    /// <summary>get_dy(i, j, dx).</summary>
    public UInt256 GetDy(int i, int j, UInt256 dx) => QuoteExchange(i, j, dx).Dy;

    /// <summary>exchange(i, j, dx, min_dy): swaps and updates the oracles with the post-trade (pre-fee) state.</summary>
    public UInt256 Exchange(int i, int j, UInt256 dx, UInt256 minDy)
    {
        CheckIndexes(i, j);
        if (dx.IsZero) throw new RevertException(CurveErrors.ZeroExchange);
        Span<UInt256> xp = stackalloc UInt256[Coins];
        var amp = Amplification.APrecise(Timestamp);
        var quote = Quote(i, j, dx, xp, amp);
        var oracle = _oracle.Clone();
        var x = xp[i] + dx * _rates[i] / StableSwapMath.Precision;
        xp[i] = x;
        xp[j] = quote.Y;
        oracle.Upkeep(xp, amp, quote.D, Timestamp);
        if (quote.Dy < minDy) throw new RevertException(CurveErrors.ExchangeSlippage);

        var newStoredI = _storedBalances[i] + dx;
        var newStoredJ = _storedBalances[j] - quote.Dy;
        var newAdminJ = _adminBalances[j] + quote.AdminFee;
        _storedBalances[i] = newStoredI;
        _storedBalances[j] = newStoredJ;
        _adminBalances[j] = newAdminJ;
        _oracle = oracle;
        return quote.Dy;
    }

    /// <summary>set_new_fee(fee, offpeg_fee_multiplier).</summary>
    public void SetNewFee(UInt256 fee, UInt256 offpegFeeMultiplier)
    {
        ValidateFees(fee, offpegFeeMultiplier);
        Fee = fee;
        OffpegFeeMultiplier = offpegFeeMultiplier;
    }

    /// <summary>set_new_admin_fee(admin_fee).</summary>
    public void SetNewAdminFee(UInt256 adminFee)
    {
        if (adminFee > MaxFee) throw new RevertException(CurveErrors.FeeAboveMaximum);
        AdminFee = adminFee;
    }

    /// <summary>set_ma_exp_time(ma_exp_time, D_ma_time).</summary>
    public void SetMaExpTime(ulong maExpTime, ulong dMaTime)
    {
        if (maExpTime == 0 || dMaTime == 0) throw new RevertException("dev: 0 in input values");
        _oracle.SetWindows(maExpTime, dMaTime);
    }

    /// <summary>ramp_A(future_A, future_time).</summary>
    public void RampA(UInt256 futureA, ulong futureTime) => Amplification.Ramp(futureA, futureTime, Timestamp);

    /// <summary>stop_ramp_A().</summary>
    public void StopRampA() => Amplification.Stop(Timestamp);

    /// <summary>withdraw_admin_fees(): pays the admin balances to the fee receiver.</summary>
    public IReadOnlyList<UInt256> WithdrawAdminFees()
    {
        var paid = _adminBalances.ToArray();
        for (var k = 0; k < Coins; k++)
        {
            _storedBalances[k] -= paid[k];
            _collectedAdminFees[k] += paid[k];
            _adminBalances[k] = UInt256.Zero;
        }

        return paid;
    }

    private StableSwapQuote Quote(int i, int j, UInt256 dx, Span<UInt256> xp, UInt256 amp)
    {
        CheckIndexes(i, j);
        FillXp(xp);
        var d = StableSwapMath.GetD(xp, amp, StableSwapVariant.NextGen);
        var x = xp[i] + dx * _rates[i] / StableSwapMath.Precision;
        var y = StableSwapMath.GetY(i, j, x, xp, amp, d);
        var dyGross = xp[j] - y - UInt256.One;
        var feeRate = StableSwapMath.DynamicFee((xp[i] + x) / 2, (xp[j] + y) / 2, Fee, OffpegFeeMultiplier);
        var fee = dyGross * feeRate / StableSwapMath.FeeDenominator;
        var dy = (dyGross - fee) * StableSwapMath.Precision / _rates[j];
        var adminFee = fee * AdminFee / StableSwapMath.FeeDenominator * StableSwapMath.Precision / _rates[j];
        return new StableSwapQuote(d, y, dyGross, feeRate, fee, adminFee, dy);
    }

    private UInt256 Xp(int k) => _rates[k] * Balance(k) / StableSwapMath.Precision;

    private void FillXp(Span<UInt256> xp)
    {
        for (var k = 0; k < Coins; k++) xp[k] = Xp(k);
    }

    private void XpOf(ReadOnlySpan<UInt256> balances, Span<UInt256> xp)
    {
        for (var k = 0; k < Coins; k++) xp[k] = _rates[k] * balances[k] / StableSwapMath.Precision;
    }

    private void CheckIndexes(int i, int j)
    {
        if (i == j) throw new RevertException(CurveErrors.SameCoin);
        if (i < 0 || i >= Coins || j < 0 || j >= Coins) throw new RevertException(CurveErrors.CoinIndexOutOfRange);
    }

    private static void ValidateFees(UInt256 fee, UInt256 offpegFeeMultiplier)
    {
        if (fee > MaxFee) throw new RevertException(CurveErrors.FeeAboveMaximum);
        if (offpegFeeMultiplier * fee > MaxFee * StableSwapMath.FeeDenominator)
            throw new RevertException(CurveErrors.OffpegMultiplierAboveMaximum);
    }
}
