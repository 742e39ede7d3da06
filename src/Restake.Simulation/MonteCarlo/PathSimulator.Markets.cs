using Restake.Scenarios.Model;
using Restake.Simulation.Results;

namespace Restake.Simulation.MonteCarlo;

/// <summary>Lending markets (interest, liquidations with the liquidators' capacity) and pools (sellers and arbitrageurs).</summary>
public sealed partial class PathSimulator
{
    /// <summary>Share of a swap fee that stays with liquidity providers (the rest is the admin's).</summary>
    private const double LpFeeShare = 0.5;

    /// <summary>What each token's panic-prone holders still hold (redemption value), set at the path's first step.</summary>
    private double[] _panicStock = [];

    /// <summary>Each market's loopers' collateral and debt per position (see <see cref="World.MarketSpec.LooperBucketDebt"/>).</summary>
    private double[][] _bucketCollateral = [], _bucketDebt = [];

    private readonly double[] _arbitrageTarget;

    private void UpdateMarkets(int step, double t, double days)
    {
        var w = _w;
        var s = _s;
        var holders = w.Scenario.Holders;
        if (step == 0) ResetMarketState();
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

        for (var k = 0; k < w.Liquid.Length; k++)
        {
            s.Holders[k] *= 1 + s.TokenTotal[k];
            _panicStock[k] *= 1 + s.TokenTotal[k];
        }

        // Lending: interest at the utilisation's rate, then liquidations of the loopers' positions by liquidators who
        // sell the seized collateral in the token's pool at once, so they liquidate only as much as the pool takes above
        // their break-even price (and no more than their capital for the step).
        var capacity = holders.Liquidators.CapacityEthPerDay * days;
        for (var m = 0; m < w.Markets.Length; m++)
        {
            var market = w.Markets[m];
            var u = market.SupplyEth > 0 ? (market.OtherDebt + s.LooperDebt[m]) / market.SupplyEth : 0;
            var borrow = market.BorrowApr(u);
            s.BorrowApr[m] = borrow;
            s.SupplyApr[m] = borrow * Math.Min(u, 1) * (1 - World.WorldModel.ReserveFactor);
            s.MarketNewBadDebt[m] = 0;
            var price = OraclePrice(market);
            var k = market.Token;
            var p = w.Liquid[k].Pool;
            var collateral = _bucketCollateral[m];
            var debt = _bucketDebt[m];
            var bad = 0.0;
            double totalCollateral = 0, totalDebt = 0;
            // The least healthy positions (highest loan-to-value, last) are liquidated first.
            for (var b = debt.Length - 1; b >= 0; b--)
            {
                debt[b] *= 1 + borrow * t;
                if (collateral[b] * price * market.LiquidationThreshold >= debt[b])
                {
                    totalCollateral += collateral[b];
                    totalDebt += debt[b];
                    continue;
                }

                var limit = p >= 0 ? Math.Min(capacity, LiquidationRoom(market, p, price)) : capacity;
                var (repaid, seized, lost, _) = Liquidate(market, ref collateral[b], ref debt[b], price, limit);
                capacity -= repaid;
                bad += lost;
                if (p >= 0 && seized > 0)
                {
                    var value = seized * s.Nav[k];
                    s.Sell[k] += value;
                    var eth = Markets.PoolTrades.Sell(_engines.Pools[p], value);
                    s.PoolFees[p] += eth * w.Pools[p].Fee / (1 - w.Pools[p].Fee) * LpFeeShare;
                }

                totalCollateral += collateral[b];
                totalDebt += debt[b];
            }

            s.LooperCollateral[m] = totalCollateral;
            s.LooperDebt[m] = totalDebt;
            s.MarketBadDebt[m] += bad;
            s.MarketNewBadDebt[m] = bad;
        }

        // Pools: panic sellers and runs sell along their supply curve; arbitrageurs buy up to the carry-implied price.
        var panic = holders.PanicSelling;
        var arbitrage = holders.Arbitrage;
        for (var p = 0; p < w.Pools.Length; p++)
        {
            var pool = _engines.Pools[p];
            var spec = w.Pools[p];
            var k = spec.Token;
            var price = pool.Price();
            // At its peak (most steps) the loss is exactly 0 without dividing.
            var navLoss = s.Nav[k] == s.NavPeak[k] ? 0 : 1 - s.Nav[k] / s.NavPeak[k];
            var fromPanic = 0.0;
            if (1 - price > panic.DiscountThreshold || navLoss > panic.NavLossThreshold)
                fromPanic = -World.WorldModel.ExpM1(-panic.FractionPerDay * days) * _panicStock[k];
            var desired = fromPanic + s.RunSell[k] * (s.Holders[k] - fromPanic);
            if (desired > 0)
            {
                var (sold, eth) = Markets.PoolTrades.PanicSale(pool, spec, desired, 1 - panic.DiscountThreshold, 1 - panic.ReservationDiscount);
                s.Holders[k] -= sold;
                _panicStock[k] = Math.Max(0, _panicStock[k] - sold * fromPanic / desired);
                s.PoolFees[p] += eth * spec.Fee / (1 - spec.Fee) * LpFeeShare;
            }

            // Arbitrageurs buy only below their carry-implied price: most steps the pool is above it and nothing trades.
            var target = _arbitrageTarget[p];
            var traded = desired > 0;
            if ((traded ? pool.Price() : price) < target)
            {
                var (_, bought) = Markets.PoolTrades.Arbitrage(pool, spec, arbitrage.CapacityEthPerDay * days, target);
                s.PoolFees[p] += bought * spec.Fee / (1 - spec.Fee) * LpFeeShare;
                traded = true;
            }

            s.PoolTraded[p] = pool.EthBalance + pool.TokenValue;
            if (traded) price = pool.Price();
            s.PoolPrice[p] = price;
            if (price < s.MinPrice[k]) s.MinPrice[k] = price;
            if (price < 1 - TokenPaths.PegTolerance) s.BelowPeg[k] += days;
        }
    }

    /// <summary>Each pool's carry-implied price up to which arbitrageurs buy (a constant of the world).</summary>
    private double[] ArbitrageTargets() => _w.Pools.Select(spec => Markets.CarryBound.Price(spec.Fee,
        _w.Scenario.Holders.Arbitrage.CostOfCapital, _w.StakingYield[spec.Token], _w.Liquid[spec.Token].WithdrawalDelayDays)).ToArray();

    /// <summary>The path's starting panic stock and looper positions (the state this file keeps beside the path state).</summary>
    private void ResetMarketState()
    {
        if (_panicStock.Length != _s.Holders.Length) _panicStock = new double[_s.Holders.Length];
        var share = _w.Scenario.Holders.PanicSelling.ShareOfHolders;
        for (var k = 0; k < _panicStock.Length; k++) _panicStock[k] = share * _s.Holders[k];
        var markets = _w.Markets;
        if (_bucketDebt.Length != markets.Length)
        {
            _bucketCollateral = markets.Select(m => new double[m.LooperBucketCollateral.Length]).ToArray();
            _bucketDebt = markets.Select(m => new double[m.LooperBucketDebt.Length]).ToArray();
        }

        for (var m = 0; m < markets.Length; m++)
        {
            markets[m].LooperBucketCollateral.CopyTo(_bucketCollateral[m], 0);
            markets[m].LooperBucketDebt.CopyTo(_bucketDebt[m], 0);
        }
    }

    /// <summary>
    /// ETH of debt liquidators repay in a market before selling the seized collateral would push pool <paramref name="p"/>
    /// below their break-even: seizing (1 + bonus)/price tokens per ETH repaid, a sale pays for itself while the marginal
    /// price received stays above price/(1 + bonus).
    /// </summary>
    private double LiquidationRoom(World.MarketSpec market, int p, double price)
    {
        var spec = _w.Pools[p];
        var nav = _s.Nav[market.Token];
        var floor = price / nav / ((1 + market.LiquidationBonus) * (1 - spec.Fee));
        var room = Markets.PoolTrades.RoomAbove(_engines.Pools[p], spec, floor);
        return room / nav * price / (1 + market.LiquidationBonus);
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
    /// below on Aave v3, always 100 % on Morpho (which has none), the liquidator seizes repaid·(1 + bonus)/P of collateral; when the collateral cannot cover that,
    /// all of it goes and the unpaid debt is bad debt. Returns (repaid, seized, bad debt, liquidated?).
    /// </summary>
    private static (double Repaid, double Seized, double BadDebt, bool Liquidated) Liquidate(
        World.MarketSpec market, ref double collateral, ref double debt, double price, double capacity)
    {
        if (debt <= 0 || capacity <= 0) return (0, 0, 0, false);
        // A healthy position (the usual case) is told without dividing: covered ≥ debt makes the quotient ≥ 1.
        var covered = collateral * price * market.LiquidationThreshold;
        if (covered >= debt) return (0, 0, 0, false);
        var hf = covered / debt;
        if (hf >= 1) return (0, 0, 0, false);
        var closeFactor = market.Kind == LendingKind.Morpho || hf <= 0.95 ? 1.0 : 0.5;
        var repay = Math.Min(closeFactor * debt, capacity);
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
