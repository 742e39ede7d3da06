using Restake.Numerics;

namespace Restake.Protocols.Amm;

public sealed partial class StableSwapNgPool
{
    /// <summary>add_liquidity(amounts, min_mint_amount): imbalance fee at the dynamic rate of each coin.</summary>
    public LiquidityResult AddLiquidity(string provider, IReadOnlyList<UInt256> amounts, UInt256 minMintAmount)
    {
        CheckCount(amounts);
        var amp = Amplification.APrecise(Timestamp);
        var oldBalances = BalancesCopy();
        var xp = new UInt256[Coins];
        XpOf(oldBalances, xp);
        var d0 = StableSwapMath.GetD(xp, amp, StableSwapVariant.NextGen);
        var totalSupply = Lp.TotalSupply;
        var newBalances = oldBalances.ToArray();
        for (var k = 0; k < Coins; k++)
        {
            if (!amounts[k].IsZero) newBalances[k] += amounts[k];
            else if (totalSupply.IsZero) throw new RevertException(CurveErrors.InitialDepositRequiresAllCoins);
        }

        XpOf(newBalances, xp);
        var d1 = StableSwapMath.GetD(xp, amp, StableSwapVariant.NextGen);
        if (d1 <= d0) throw new RevertException(CurveErrors.InvariantNotIncreased);

        var fees = new UInt256[Coins];
        var newAdmin = _adminBalances.ToArray();
        var oracle = _oracle.Clone();
        UInt256 mintAmount;
        if (!totalSupply.IsZero)
        {
            ApplyImbalanceFees(oldBalances, newBalances, d0, d1, fees, newAdmin);
            XpOf(newBalances, xp);
            d1 = StableSwapMath.GetD(xp, amp, StableSwapVariant.NextGen);
            mintAmount = totalSupply * (d1 - d0) / d0;
            oracle.Upkeep(xp, amp, d1, Timestamp);
        }
        else
        {
            mintAmount = d1; // the first depositor takes any dust
            oracle.ResetD(d1, Timestamp);
        }

        if (mintAmount < minMintAmount) throw new RevertException(CurveErrors.MintSlippage);

        var newStored = new UInt256[Coins];
        for (var k = 0; k < Coins; k++) newStored[k] = _storedBalances[k] + amounts[k];
        Commit(newStored, newAdmin, oracle);
        Lp.Mint(provider, mintAmount);
        return new LiquidityResult(mintAmount, fees, d0, d1);
    }

    /// <summary>remove_liquidity(burn_amount, min_amounts, claim_admin_fees): pro rata, no fee; shrinks the D oracle.</summary>
    public IReadOnlyList<UInt256> RemoveLiquidity(
        string provider, UInt256 burnAmount, IReadOnlyList<UInt256> minAmounts, bool claimAdminFees = true)
    {
        var totalSupply = Lp.TotalSupply;
        if (burnAmount.IsZero) throw new RevertException(CurveErrors.InvalidBurnAmount);
        CheckCount(minAmounts);
        var amounts = new UInt256[Coins];
        var newStored = new UInt256[Coins];
        for (var k = 0; k < Coins; k++)
        {
            amounts[k] = Balance(k) * burnAmount / totalSupply;
            if (amounts[k] < minAmounts[k]) throw new RevertException(CurveErrors.WithdrawSlippage);
            newStored[k] = _storedBalances[k] - amounts[k];
        }

        Lp.RequireBalance(provider, burnAmount);
        var oracle = _oracle.Clone();
        oracle.ShrinkD(burnAmount, totalSupply, Timestamp);
        Lp.Burn(provider, burnAmount);
        Commit(newStored, _adminBalances.ToArray(), oracle);
        if (claimAdminFees) WithdrawAdminFees();
        return amounts;
    }

    /// <summary>remove_liquidity_imbalance(amounts, max_burn_amount): burns <c>(D0−D1)·supply/D0 + 1</c> LP.</summary>
    public LiquidityResult RemoveLiquidityImbalance(string provider, IReadOnlyList<UInt256> amounts, UInt256 maxBurnAmount)
    {
        CheckCount(amounts);
        var amp = Amplification.APrecise(Timestamp);
        var oldBalances = BalancesCopy();
        var xp = new UInt256[Coins];
        XpOf(oldBalances, xp);
        var d0 = StableSwapMath.GetD(xp, amp, StableSwapVariant.NextGen);
        var newBalances = oldBalances.ToArray();
        var newStored = _storedBalances.ToArray();
        for (var k = 0; k < Coins; k++)
        {
            if (amounts[k].IsZero) continue;
            newBalances[k] -= amounts[k];
            newStored[k] -= amounts[k];
        }

        XpOf(newBalances, xp);
        var d1 = StableSwapMath.GetD(xp, amp, StableSwapVariant.NextGen);
        var fees = new UInt256[Coins];
        var newAdmin = _adminBalances.ToArray();
        ApplyImbalanceFees(oldBalances, newBalances, d0, d1, fees, newAdmin);
        XpOf(newBalances, xp);
        d1 = StableSwapMath.GetD(xp, amp, StableSwapVariant.NextGen);
        var oracle = _oracle.Clone();
        oracle.Upkeep(xp, amp, d1, Timestamp);

        var burnAmount = (d0 - d1) * Lp.TotalSupply / d0 + UInt256.One;
        if (burnAmount <= UInt256.One) throw new RevertException(CurveErrors.ZeroTokensBurned);
        if (burnAmount > maxBurnAmount) throw new RevertException(CurveErrors.MintSlippage);
        Lp.RequireBalance(provider, burnAmount);

        Lp.Burn(provider, burnAmount);
        Commit(newStored, newAdmin, oracle);
        return new LiquidityResult(burnAmount, fees, d0, d1);
    }

    /// <summary>calc_withdraw_one_coin(burn_amount, i).</summary>
    public UInt256 CalcWithdrawOneCoin(UInt256 burnAmount, int i) => CalcWithdrawOneCoin(burnAmount, i, out _, out _).Dy;

    /// <summary>remove_liquidity_one_coin(burn_amount, i, min_received): books half the fee to the admin.</summary>
    public UInt256 RemoveLiquidityOneCoin(string provider, UInt256 burnAmount, int i, UInt256 minReceived)
    {
        if (burnAmount.IsZero) throw new RevertException("dev: do not remove 0 LP tokens");
        var result = CalcWithdrawOneCoin(burnAmount, i, out var xpAfter, out var d1);
        if (result.Dy < minReceived) throw new RevertException(CurveErrors.OneCoinSlippage);
        var newAdmin = _adminBalances.ToArray();
        newAdmin[i] += result.Fee * AdminFee / StableSwapMath.FeeDenominator;
        Lp.RequireBalance(provider, burnAmount);
        var newStored = _storedBalances.ToArray();
        newStored[i] -= result.Dy;
        var oracle = _oracle.Clone();
        oracle.Upkeep(xpAfter, Amplification.APrecise(Timestamp), d1, Timestamp);

        Lp.Burn(provider, burnAmount);
        Commit(newStored, newAdmin, oracle);
        return result.Dy;
    }

    private WithdrawOneResult CalcWithdrawOneCoin(UInt256 burnAmount, int i, out UInt256[] xpAfter, out UInt256 d1)
    {
        if (i < 0 || i >= Coins) throw new RevertException(CurveErrors.CoinIndexOutOfRange);
        var amp = Amplification.APrecise(Timestamp);
        var xp = new UInt256[Coins];
        FillXp(xp);
        var d0 = StableSwapMath.GetD(xp, amp, StableSwapVariant.NextGen);
        d1 = d0 - burnAmount * d0 / Lp.TotalSupply;
        var newY = StableSwapMath.GetYD(amp, i, xp, d1);
        var baseFee = StableSwapMath.ImbalanceFee(Fee, Coins);
        var ys = (d0 + d1) / (2 * Coins);
        var xpReduced = xp.ToArray();
        for (var k = 0; k < Coins; k++)
        {
            UInt256 dxExpected, xavg;
            if (k == i)
            {
                dxExpected = xp[k] * d1 / d0 - newY;
                xavg = (xp[k] + newY) / 2;
            }
            else
            {
                dxExpected = xp[k] - xp[k] * d1 / d0;
                xavg = xp[k];
            }

            var dynamicFee = StableSwapMath.DynamicFee(xavg, ys, baseFee, OffpegFeeMultiplier);
            xpReduced[k] = xp[k] - dynamicFee * dxExpected / StableSwapMath.FeeDenominator;
        }

        var dy = xpReduced[i] - StableSwapMath.GetYD(amp, i, xpReduced, d1);
        var dy0 = (xp[i] - newY) * StableSwapMath.Precision / _rates[i]; // without fees
        dy = (dy - UInt256.One) * StableSwapMath.Precision / _rates[i]; // withdraw less for rounding
        xp[i] = newY;
        xpAfter = xp;
        return new WithdrawOneResult(dy, dy0 - dy);
    }

    private void ApplyImbalanceFees(
        UInt256[] oldBalances, UInt256[] newBalances, UInt256 d0, UInt256 d1, UInt256[] fees, UInt256[] newAdmin)
    {
        var ys = (d0 + d1) / Coins;
        var baseFee = StableSwapMath.ImbalanceFee(Fee, Coins);
        for (var k = 0; k < Coins; k++)
        {
            var ideal = d1 * oldBalances[k] / d0;
            var newBalance = newBalances[k];
            var difference = ideal > newBalance ? ideal - newBalance : newBalance - ideal;
            var xs = _rates[k] * (oldBalances[k] + newBalance) / StableSwapMath.Precision;
            var dynamicFee = StableSwapMath.DynamicFee(xs, ys, baseFee, OffpegFeeMultiplier);
            fees[k] = dynamicFee * difference / StableSwapMath.FeeDenominator;
            newAdmin[k] += fees[k] * AdminFee / StableSwapMath.FeeDenominator;
            newBalances[k] -= fees[k];
        }
    }

    private UInt256[] BalancesCopy()
    {
        var balances = new UInt256[Coins];
        for (var k = 0; k < Coins; k++) balances[k] = Balance(k);
        return balances;
    }

    private void Commit(UInt256[] stored, UInt256[] admin, NgPriceOracle oracle)
    {
        stored.CopyTo(_storedBalances, 0);
        admin.CopyTo(_adminBalances, 0);
        _oracle = oracle;
    }

    private void CheckCount(IReadOnlyList<UInt256> amounts)
    {
        if (amounts.Count != Coins) throw new RevertException(CurveErrors.WrongAmountCount);
    }
}
