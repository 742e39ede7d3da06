using Restake.Numerics;

namespace Restake.Protocols.Amm;

/// <summary>
/// The Curve ETH/stETH StableSwap pool (StableSwapSTETH.vy, Vyper 0.2.8, 2020): two coins at a 1:1 rate, the pool's
/// usable balances being its coin holdings less accrued admin fees (so stETH rebases flow to LPs). Every operation is
/// all-or-nothing: it computes the whole outcome first and changes state only when nothing can revert.
/// </summary>
public sealed class StableSwapLegacyPool
{
    /// <summary>N_COINS.</summary>
    public const int Coins = 2;

    /// <summary>MAX_FEE = 5e9 (50 %).</summary>
    public static readonly UInt256 MaxFee = 5_000_000_000UL;

    /// <summary>MAX_ADMIN_FEE = 1e10 (100 %).</summary>
    public static readonly UInt256 MaxAdminFee = 10_000_000_000UL;

    private readonly UInt256[] _holdings = new UInt256[Coins];
    private readonly UInt256[] _adminBalances = new UInt256[Coins];

    /// <summary>A pool with amplification <paramref name="a"/> (A() units), <paramref name="fee"/> and
    /// <paramref name="adminFee"/> in 1e10 units, empty, at time <paramref name="timestamp"/>.</summary>
    public StableSwapLegacyPool(UInt256 a, UInt256 fee, UInt256 adminFee, ulong timestamp = 0)
    {
        if (fee > MaxFee) throw new RevertException(CurveErrors.FeeAboveMaximum);
        if (adminFee > MaxAdminFee) throw new RevertException(CurveErrors.FeeAboveMaximum);
        Amplification = new AmplificationSchedule(a);
        Fee = fee;
        AdminFee = adminFee;
        Timestamp = timestamp;
    }

    /// <summary>
    /// A pool already holding <paramref name="balances"/> (net of admin fees) with <paramref name="lpSupply"/> LP
    /// tokens owned by <paramref name="lpHolder"/>; the state a snapshot of a deployed pool describes.
    /// </summary>
    public static StableSwapLegacyPool FromBalances(
        UInt256 a, UInt256 fee, UInt256 adminFee, IReadOnlyList<UInt256> balances, UInt256 lpSupply,
        string lpHolder = "genesis", ulong timestamp = 0)
    {
        if (balances.Count != Coins) throw new ArgumentException($"expected {Coins} balances", nameof(balances));
        var pool = new StableSwapLegacyPool(a, fee, adminFee, timestamp);
        for (var k = 0; k < Coins; k++) pool._holdings[k] = balances[k];
        if (!lpSupply.IsZero) pool.Lp.Mint(lpHolder, lpSupply);
        return pool;
    }

    public AmplificationSchedule Amplification { get; }
    public UInt256 Fee { get; private set; }
    public UInt256 AdminFee { get; private set; }
    public LpToken Lp { get; } = new();

    /// <summary>block.timestamp as the pool sees it.</summary>
    public ulong Timestamp { get; private set; }

    /// <summary>The contract's coin holdings (ETH balance, stETH balanceOf), admin fees included.</summary>
    public IReadOnlyList<UInt256> Holdings => _holdings;

    /// <summary>admin_balances: fees owed to the admin, still held by the pool.</summary>
    public IReadOnlyList<UInt256> AdminBalances => _adminBalances;

    /// <summary>balances(i): holdings less admin balances.</summary>
    public UInt256 Balance(int i) => _holdings[i] - _adminBalances[i];

    /// <summary>A() at the current time.</summary>
    public UInt256 A => Amplification.A(Timestamp);

    /// <summary>Moves the pool's clock forward (time never runs backwards).</summary>
    public void Warp(ulong timestamp)
    {
        if (timestamp < Timestamp) throw new ArgumentOutOfRangeException(nameof(timestamp), "time cannot run backwards");
        Timestamp = timestamp;
    }

    /// <summary>Sets a coin's holding as a rebase of the token reports it (positive or negative).</summary>
    public void Rebase(int coin, UInt256 newHolding)
    {
        if (newHolding < _adminBalances[coin]) throw Panic.OverflowError();
        _holdings[coin] = newHolding;
    }

    /// <summary>The invariant of the current balances.</summary>
    public UInt256 GetD()
    {
        Span<UInt256> xp = stackalloc UInt256[Coins];
        FillBalances(xp);
        return StableSwapMath.GetD(xp, Amplification.APrecise(Timestamp), StableSwapVariant.Legacy);
    }

    /// <summary>get_virtual_price(): D·1e18 / LP supply.</summary>
    public UInt256 GetVirtualPrice() => GetD() * StableSwapMath.Precision / Lp.TotalSupply;

    /// <summary>get_dy(i, j, dx) with every intermediate.</summary>
    public StableSwapQuote QuoteExchange(int i, int j, UInt256 dx)
    {
        CheckIndexes(i, j);
        Span<UInt256> xp = stackalloc UInt256[Coins];
        FillBalances(xp);
        var amp = Amplification.APrecise(Timestamp);
        if (StableSwapMath.TryQuoteLegacyTwoCoins(i, xp[i], xp[j], dx, amp, Fee, AdminFee, out var fast)) return fast;
        var d = StableSwapMath.GetD(xp, amp, StableSwapVariant.Legacy);
        var y = StableSwapMath.GetY(i, j, xp[i] + dx, xp, amp, d);
        var dyGross = xp[j] - y - UInt256.One;
        var fee = Fee * dyGross / StableSwapMath.FeeDenominator;
        var adminFee = fee * AdminFee / StableSwapMath.FeeDenominator;
        return new StableSwapQuote(d, y, dyGross, Fee, fee, adminFee, dyGross - fee);
    }

    /// <summary>get_dy(i, j, dx): the output the pool would pay.</summary>
    public UInt256 GetDy(int i, int j, UInt256 dx) => QuoteExchange(i, j, dx).Dy;

    /// <summary>exchange(i, j, dx, min_dy): takes dx of coin i, pays dy of coin j, books the admin fee share.</summary>
    public UInt256 Exchange(int i, int j, UInt256 dx, UInt256 minDy)
    {
        var quote = QuoteExchange(i, j, dx);
        if (quote.Dy < minDy) throw new RevertException(CurveErrors.ExchangeSlippage);
        var newHoldingI = _holdings[i] + dx;
        var newHoldingJ = _holdings[j] - quote.Dy;
        _adminBalances[j] += quote.AdminFee;
        _holdings[i] = newHoldingI;
        _holdings[j] = newHoldingJ;
        return quote.Dy;
    }

    /// <summary>calc_token_amount(amounts, is_deposit): LP change ignoring fees (an estimate, as the contract says).</summary>
    public UInt256 CalcTokenAmount(IReadOnlyList<UInt256> amounts, bool isDeposit)
    {
        CheckCount(amounts);
        var amp = Amplification.APrecise(Timestamp);
        Span<UInt256> balances = stackalloc UInt256[Coins];
        FillBalances(balances);
        var d0 = StableSwapMath.GetD(balances, amp, StableSwapVariant.Legacy);
        for (var k = 0; k < Coins; k++) balances[k] = isDeposit ? balances[k] + amounts[k] : balances[k] - amounts[k];
        var d1 = StableSwapMath.GetD(balances, amp, StableSwapVariant.Legacy);
        var diff = isDeposit ? d1 - d0 : d0 - d1;
        return diff * Lp.TotalSupply / d0;
    }

    /// <summary>add_liquidity(amounts, min_mint_amount): balanced or imbalanced, charging the imbalance fee.</summary>
    public LiquidityResult AddLiquidity(string provider, IReadOnlyList<UInt256> amounts, UInt256 minMintAmount)
    {
        CheckCount(amounts);
        var amp = Amplification.APrecise(Timestamp);
        var oldBalances = new UInt256[Coins];
        FillBalances(oldBalances);
        var d0 = StableSwapMath.GetD(oldBalances, amp, StableSwapVariant.Legacy);
        var tokenSupply = Lp.TotalSupply;
        var newBalances = new UInt256[Coins];
        for (var k = 0; k < Coins; k++)
        {
            if (tokenSupply.IsZero && amounts[k].IsZero)
                throw new RevertException(CurveErrors.InitialDepositRequiresAllCoins);
            newBalances[k] = oldBalances[k] + amounts[k];
        }

        var d1 = StableSwapMath.GetD(newBalances, amp, StableSwapVariant.Legacy);
        if (d1 <= d0) throw new RevertException(CurveErrors.InvariantNotIncreased);

        var fees = new UInt256[Coins];
        var adminAdds = new UInt256[Coins];
        var d2 = d1;
        UInt256 mintAmount;
        if (!tokenSupply.IsZero)
        {
            var fee = StableSwapMath.ImbalanceFee(Fee, Coins);
            for (var k = 0; k < Coins; k++)
            {
                var ideal = d1 * oldBalances[k] / d0;
                var difference = ideal > newBalances[k] ? ideal - newBalances[k] : newBalances[k] - ideal;
                fees[k] = fee * difference / StableSwapMath.FeeDenominator;
                adminAdds[k] = fees[k] * AdminFee / StableSwapMath.FeeDenominator;
                newBalances[k] -= fees[k];
            }

            d2 = StableSwapMath.GetD(newBalances, amp, StableSwapVariant.Legacy);
            mintAmount = tokenSupply * (d2 - d0) / d0;
        }
        else
        {
            mintAmount = d1; // the first depositor takes any dust
        }

        if (mintAmount < minMintAmount) throw new RevertException(CurveErrors.MintSlippage);

        var newHoldings = new UInt256[Coins];
        var newAdmin = new UInt256[Coins];
        for (var k = 0; k < Coins; k++)
        {
            newHoldings[k] = _holdings[k] + amounts[k];
            newAdmin[k] = _adminBalances[k] + adminAdds[k];
        }

        Commit(newHoldings, newAdmin);
        Lp.Mint(provider, mintAmount);
        return new LiquidityResult(mintAmount, fees, d0, d2);
    }

    /// <summary>remove_liquidity(amount, min_amounts): pro-rata withdrawal, no fee.</summary>
    public IReadOnlyList<UInt256> RemoveLiquidity(string provider, UInt256 amount, IReadOnlyList<UInt256> minAmounts)
    {
        CheckCount(minAmounts);
        var totalSupply = Lp.TotalSupply;
        Lp.RequireBalance(provider, amount); // burnFrom comes first in this pool
        var amounts = new UInt256[Coins];
        var newHoldings = new UInt256[Coins];
        for (var k = 0; k < Coins; k++)
        {
            amounts[k] = Balance(k) * amount / totalSupply;
            if (amounts[k] < minAmounts[k]) throw new RevertException(CurveErrors.WithdrawSlippage);
            newHoldings[k] = _holdings[k] - amounts[k];
        }

        Lp.Burn(provider, amount);
        Commit(newHoldings, _adminBalances.ToArray());
        return amounts;
    }

    /// <summary>remove_liquidity_imbalance(amounts, max_burn_amount): charges the imbalance fee, returns LP burned.</summary>
    public LiquidityResult RemoveLiquidityImbalance(string provider, IReadOnlyList<UInt256> amounts, UInt256 maxBurnAmount)
    {
        CheckCount(amounts);
        var amp = Amplification.APrecise(Timestamp);
        var oldBalances = new UInt256[Coins];
        FillBalances(oldBalances);
        var d0 = StableSwapMath.GetD(oldBalances, amp, StableSwapVariant.Legacy);
        var newBalances = new UInt256[Coins];
        for (var k = 0; k < Coins; k++) newBalances[k] = oldBalances[k] - amounts[k];
        var d1 = StableSwapMath.GetD(newBalances, amp, StableSwapVariant.Legacy);
        var tokenSupply = Lp.TotalSupply;
        if (tokenSupply.IsZero) throw new RevertException(CurveErrors.ZeroTotalSupply);

        var fee = StableSwapMath.ImbalanceFee(Fee, Coins);
        var fees = new UInt256[Coins];
        var newAdmin = new UInt256[Coins];
        for (var k = 0; k < Coins; k++)
        {
            var ideal = d1 * oldBalances[k] / d0;
            var difference = ideal > newBalances[k] ? ideal - newBalances[k] : newBalances[k] - ideal;
            fees[k] = fee * difference / StableSwapMath.FeeDenominator;
            newAdmin[k] = _adminBalances[k] + fees[k] * AdminFee / StableSwapMath.FeeDenominator;
            newBalances[k] -= fees[k];
        }

        var d2 = StableSwapMath.GetD(newBalances, amp, StableSwapVariant.Legacy);
        var tokenAmount = (d0 - d2) * tokenSupply / d0;
        if (tokenAmount.IsZero) throw new RevertException(CurveErrors.ZeroTokensBurned);
        if (tokenAmount > maxBurnAmount) throw new RevertException(CurveErrors.MintSlippage);
        Lp.RequireBalance(provider, tokenAmount);

        var newHoldings = new UInt256[Coins];
        for (var k = 0; k < Coins; k++) newHoldings[k] = _holdings[k] - amounts[k];
        Lp.Burn(provider, tokenAmount);
        Commit(newHoldings, newAdmin);
        return new LiquidityResult(tokenAmount, fees, d0, d2);
    }

    /// <summary>calc_withdraw_one_coin(token_amount, i): coins paid for burning LP into coin i alone.</summary>
    public UInt256 CalcWithdrawOneCoin(UInt256 tokenAmount, int i)
    {
        if (i < 0 || i >= Coins) throw new RevertException(CurveErrors.CoinIndexOutOfRange);
        var amp = Amplification.APrecise(Timestamp);
        Span<UInt256> xp = stackalloc UInt256[Coins];
        FillBalances(xp);
        var d0 = StableSwapMath.GetD(xp, amp, StableSwapVariant.Legacy);
        var d1 = d0 - tokenAmount * d0 / Lp.TotalSupply;
        var newY = StableSwapMath.GetYD(amp, i, xp, d1);
        var fee = StableSwapMath.ImbalanceFee(Fee, Coins);
        Span<UInt256> xpReduced = stackalloc UInt256[Coins];
        for (var k = 0; k < Coins; k++)
        {
            var dxExpected = k == i ? xp[k] * d1 / d0 - newY : xp[k] - xp[k] * d1 / d0;
            xpReduced[k] = xp[k] - fee * dxExpected / StableSwapMath.FeeDenominator;
        }

        var dy = xpReduced[i] - StableSwapMath.GetYD(amp, i, xpReduced, d1);
        return dy - UInt256.One;
    }

    /// <summary>remove_liquidity_one_coin(token_amount, i, min_amount). This pool books no admin fee here.</summary>
    public UInt256 RemoveLiquidityOneCoin(string provider, UInt256 tokenAmount, int i, UInt256 minAmount)
    {
        var dy = CalcWithdrawOneCoin(tokenAmount, i);
        if (dy < minAmount) throw new RevertException(CurveErrors.OneCoinSlippage);
        var newHolding = _holdings[i] - dy;
        Lp.Burn(provider, tokenAmount);
        _holdings[i] = newHolding;
        return dy;
    }

    /// <summary>withdraw_admin_fees(): pays out and clears the admin balances.</summary>
    public IReadOnlyList<UInt256> WithdrawAdminFees()
    {
        var paid = _adminBalances.ToArray();
        for (var k = 0; k < Coins; k++)
        {
            _holdings[k] -= paid[k];
            _adminBalances[k] = UInt256.Zero;
        }

        return paid;
    }

    /// <summary>ramp_A(future_A, future_time) at the pool's current time.</summary>
    public void RampA(UInt256 futureA, ulong futureTime) => Amplification.Ramp(futureA, futureTime, Timestamp);

    /// <summary>stop_ramp_A() at the pool's current time.</summary>
    public void StopRampA() => Amplification.Stop(Timestamp);

    /// <summary>commit/apply_new_fee collapsed into one step (the 3-day admin delay is the caller's concern).</summary>
    public void SetFees(UInt256 fee, UInt256 adminFee)
    {
        if (fee > MaxFee || adminFee > MaxAdminFee) throw new RevertException(CurveErrors.FeeAboveMaximum);
        Fee = fee;
        AdminFee = adminFee;
    }

    private void FillBalances(Span<UInt256> target)
    {
        for (var k = 0; k < Coins; k++) target[k] = _holdings[k] - _adminBalances[k];
    }

    private void Commit(UInt256[] holdings, UInt256[] admin)
    {
        holdings.CopyTo(_holdings, 0);
        admin.CopyTo(_adminBalances, 0);
    }

    private static void CheckIndexes(int i, int j)
    {
        if (i == j) throw new RevertException(CurveErrors.SameCoin);
        if (i < 0 || i >= Coins || j < 0 || j >= Coins) throw new RevertException(CurveErrors.CoinIndexOutOfRange);
    }

    private static void CheckCount(IReadOnlyList<UInt256> amounts)
    {
        if (amounts.Count != Coins) throw new RevertException(CurveErrors.WrongAmountCount);
    }
}
