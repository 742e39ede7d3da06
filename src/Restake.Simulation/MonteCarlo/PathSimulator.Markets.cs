using Restake.Scenarios.Model;
using Restake.Simulation.Results;

namespace Restake.Simulation.MonteCarlo;

/// <summary>Lending markets (interest, liquidations with the liquidators' capacity) and pools (sellers and arbitrageurs).</summary>
public sealed partial class PathSimulator
{
    /// <summary>Share of a swap fee that stays with liquidity providers (the rest is the admin's).</summary>
    private const double LpFeeShare = 0.5;

    private void UpdateMarkets(int step, double t, double days)
    {
        var w = _w;
        var s = _s;
        var holders = w.Scenario.Holders;
        Array.Clear(s.Sell);
        for (var p = 0; p < w.Pools.Length; p++)
        {
            var pool = _engines.Pools[p];
            var k = w.Pools[p].Token;
            var start = pool.EthBalance + pool.TokenValue;
            s.PoolTokenShare[p] = start > 0 ? pool.TokenValue / start : 0;
            pool.Revalue(1 + s.TokenTotal[k]);
            s.PoolRevalued[p] = pool.EthBalance + pool.TokenValue;
            s.PoolFees[p] = 0;
        }

        for (var k = 0; k < w.Liquid.Length; k++) s.Holders[k] *= 1 + s.TokenTotal[k];

        // Lending: interest at the utilisation's rate, then liquidations of the loopers' aggregate position.
        var capacity = holders.Liquidators.CapacityEthPerDay * days;
        for (var m = 0; m < w.Markets.Length; m++)
        {
            var market = w.Markets[m];
            var u = market.SupplyEth > 0 ? (market.OtherDebt + s.LooperDebt[m]) / market.SupplyEth : 0;
            var borrow = market.BorrowApr(u);
            s.BorrowApr[m] = borrow;
            s.SupplyApr[m] = borrow * Math.Min(u, 1) * (1 - World.WorldModel.ReserveFactor);
            s.LooperDebt[m] *= 1 + borrow * t;
            s.MarketNewBadDebt[m] = 0;
            var price = OraclePrice(market);
            var (repaid, seized, bad, _) = Liquidate(market, ref s.LooperCollateral[m], ref s.LooperDebt[m], price, capacity);
            capacity -= repaid;
            s.Sell[market.Token] += seized * s.Nav[market.Token];
            s.MarketBadDebt[m] += bad;
            s.MarketNewBadDebt[m] = bad;
        }

        // Pools: panic sellers, runs and liquidators sell; arbitrageurs buy back toward the redemption value.
        var panic = holders.PanicSelling;
        for (var p = 0; p < w.Pools.Length; p++)
        {
            var pool = _engines.Pools[p];
            var spec = w.Pools[p];
            var k = spec.Token;
            var price = pool.Price();
            var navLoss = 1 - s.Nav[k] / s.NavPeak[k];
            var sell = s.Sell[k];
            var fromHolders = 0.0;
            if (1 - price > panic.DiscountThreshold || navLoss > panic.NavLossThreshold)
                fromHolders += Math.Min(1, panic.FractionPerDay * days) * s.Holders[k];
            fromHolders += s.RunSell[k] * (s.Holders[k] - fromHolders);
            s.Holders[k] -= fromHolders;
            sell += fromHolders;
            if (sell > 0)
            {
                var eth = pool.SellToken(sell);
                s.PoolFees[p] += eth * spec.Fee / (1 - spec.Fee) * LpFeeShare;
            }

            var token = w.Liquid[k];
            var target = 1 - spec.Fee - World.WorldModel.ArbitrageDiscountRate * token.WithdrawalDelayDays / 365.0;
            if (pool.Price() < target)
            {
                var need = StableSwapSearch.EthToReach(pool.EthBalance, pool.TokenValue, spec.Amplification, target);
                var spend = Math.Min(need, holders.Arbitrage.CapacityEthPerDay * days);
                var bought = pool.BuyToken(spend);
                s.PoolFees[p] += bought * spec.Fee / (1 - spec.Fee) * LpFeeShare;
            }

            s.PoolTraded[p] = pool.EthBalance + pool.TokenValue;
            price = pool.Price();
            s.PoolPrice[p] = price;
            if (price < s.MinPrice[k]) s.MinPrice[k] = price;
            if (price < 1 - TokenPaths.PegTolerance) s.BelowPeg[k] += days;
        }
    }

    /// <summary>The market's oracle price of one collateral token in ETH: the redemption value, times the pool price for a market oracle.</summary>
    private double OraclePrice(World.MarketSpec market)
    {
        var nav = _s.Nav[market.Token];
        var pool = _w.Liquid[market.Token].Pool;
        return market.MarketOracle && pool >= 0 ? nav * _s.PoolPrice[pool] : nav;
    }

    /// <summary>
    /// Liquidates a position whose health factor C·P·LT/D is below 1: the close factor is 50 % above HF 0.95 and 100 %
    /// below (Aave v3), the liquidator seizes repaid·(1 + bonus)/P of collateral; when the collateral cannot cover that,
    /// all of it goes and the unpaid debt is bad debt. Returns (repaid, seized, bad debt, liquidated?).
    /// </summary>
    private static (double Repaid, double Seized, double BadDebt, bool Liquidated) Liquidate(
        World.MarketSpec market, ref double collateral, ref double debt, double price, double capacity)
    {
        if (debt <= 0 || capacity <= 0) return (0, 0, 0, false);
        var hf = collateral * price * market.LiquidationThreshold / debt;
        if (hf >= 1) return (0, 0, 0, false);
        var repay = Math.Min((hf > 0.95 ? 0.5 : 1.0) * debt, capacity);
        var seize = repay * (1 + market.LiquidationBonus) / price;
        var bad = 0.0;
        if (seize >= collateral)
        {
            seize = collateral;
            repay = collateral * price / (1 + market.LiquidationBonus);
            bad = debt - repay;
            debt = 0;
        }
        else
        {
            debt -= repay;
        }

        collateral -= seize;
        return (repay, seize, bad, true);
    }
}
