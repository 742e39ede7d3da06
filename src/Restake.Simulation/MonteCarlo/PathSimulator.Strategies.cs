using Restake.Scenarios.Model;
using Restake.Simulation.Results;

namespace Restake.Simulation.MonteCarlo;

/// <summary>Each strategy's wealth and per-layer attribution, drawdowns, and the recorded series.</summary>
public sealed partial class PathSimulator
{
    private void UpdateStrategies(int k, double t)
    {
        var w = _w;
        var s = _s;
        var ops = _factor.Length;
        for (var i = 0; i < w.Strategies.Length; i++)
        {
            var st = w.Strategies[i];
            var c = s.Contributions.AsSpan(i * PathState.LayerStride, PathState.LayerStride);
            var wealth = s.Wealth[i];
            if (wealth <= 0) continue;
            var ch = s.Scratch;
            switch (st.Kind)
            {
                case StrategyKind.Hold:
                    if (st.Token >= 0) wealth = ApplyToken(st.Token, wealth, c);
                    break;
                case StrategyKind.Stake:
                case StrategyKind.Custodial:
                    ch.Clear();
                    ch.Add[(int)YieldLayer.Consensus] = w.ConsensusApr * t;
                    ch.Add[(int)YieldLayer.Execution] = w.ExecutionApr * t;
                    ch.Add[(int)YieldLayer.CustodialFee] = -st.Fee * w.StakingApr * t;
                    if (_ownClocks[i].Fires(k, _own)) ch.Factor[(int)YieldLayer.ConsensusSlashing] = 1 - w.Scenario.Consensus.SlashingPenalty;
                    ch.Factor[(int)YieldLayer.ContractFailure] = s.Failure[(int)ContractLayer.Consensus];
                    wealth = ch.Apply(wealth, c);
                    break;
                case StrategyKind.Restake:
                    if (st.Token >= 0) ch.CopyFrom(s.TokenChanges[st.Token]);
                    else ch.Clear();
                    RestakedChanges(s.RestakeHolding.AsSpan(i * ops, ops), st.Token < 0, 0, t, ch);
                    var failure = s.Failure[(int)ContractLayer.Restaking];
                    if (st.Token < 0) failure *= s.Failure[(int)ContractLayer.Consensus];
                    ch.Factor[(int)YieldLayer.ContractFailure] *= failure;
                    wealth = ch.Apply(wealth, c);
                    break;
                case StrategyKind.Lp:
                    wealth = UpdateLp(st, wealth, c);
                    break;
                case StrategyKind.Loop:
                    wealth = UpdateLoop(i, st, c, t);
                    break;
                case StrategyKind.Lend:
                    ch.Clear();
                    ch.Add[(int)YieldLayer.DefiIncome] = s.SupplyApr[st.Market] * t;
                    var supply = w.Markets[st.Market].SupplyEth;
                    ch.Factor[(int)YieldLayer.Liquidation] = supply > 0 ? Math.Max(0, 1 - s.MarketNewBadDebt[st.Market] / supply) : 1;
                    ch.Factor[(int)YieldLayer.ContractFailure] = s.Failure[(int)ContractLayer.Lending];
                    if (supply > 0) s.BadDebt[i] += s.MarketNewBadDebt[st.Market] / supply * wealth;
                    wealth = ch.Apply(wealth, c);
                    break;
            }

            s.Wealth[i] = wealth;
            var peak = s.Peak[i];
            if (wealth >= peak)
            {
                s.Peak[i] = wealth;
                continue;
            }

            // Below the peak only: a new peak has no drawdown, and most steps make one.
            var dd = peak > 0 ? 1 - wealth / peak : 0;
            if (dd > s.Drawdown[i]) s.Drawdown[i] = dd;
        }
    }

    /// <summary>Applies token <paramref name="k"/>'s changes of this step to <paramref name="value"/>.</summary>
    private double ApplyToken(int k, double value, Span<double> c) =>
        _s.TokenChanges[k].Apply(value, c, _s.TokenSum[k], _s.TokenMask[k]);

    /// <summary>LP share: the token part follows the token's changes, then trades add fees (income) and the rest (depeg).</summary>
    private double UpdateLp(World.StrategySpec st, double wealth, Span<double> c)
    {
        var s = _s;
        var p = st.Pool;
        var share = s.PoolTokenShare[p];
        var tokenPart = wealth * share;
        var newTokenPart = ApplyToken(st.Token, tokenPart, c);
        wealth += newTokenPart - tokenPart;
        var revalued = s.PoolRevalued[p];
        if (revalued > 0)
        {
            var traded = wealth * (s.PoolTraded[p] / revalued - 1);
            var fees = wealth * s.PoolFees[p] / revalued;
            c[(int)YieldLayer.DefiIncome] += fees;
            c[(int)YieldLayer.Depeg] += traded - fees;
            wealth += traded;
        }

        var f = s.Failure[(int)ContractLayer.Amm];
        if (f != 1)
        {
            c[(int)YieldLayer.ContractFailure] += wealth * (f - 1);
            wealth *= f;
        }

        return wealth;
    }

    /// <summary>Loop: collateral follows the token, debt accrues the market's rate, liquidations at the oracle price.</summary>
    private double UpdateLoop(int i, World.StrategySpec st, Span<double> c, double t)
    {
        var s = _s;
        var market = _w.Markets[st.Market];
        ref var collateral = ref s.LoopCollateral[i];
        ref var debt = ref s.LoopDebt[i];
        var nav = s.Nav[st.Token];
        var before = nav / (1 + s.TokenTotal[st.Token]);
        ApplyToken(st.Token, collateral * before, c);
        var interest = debt * s.BorrowApr[st.Market] * t;
        c[(int)YieldLayer.BorrowCost] -= interest;
        debt += interest;
        var price = OraclePrice(market);
        var (repaid, seized, bad, liquidated) = Liquidate(market, ref collateral, ref debt, price, double.MaxValue);
        if (liquidated)
        {
            s.Liquidations[i]++;
            c[(int)YieldLayer.Liquidation] -= seized * price - repaid - bad;
            c[(int)YieldLayer.Depeg] -= seized * (nav - price);
            // Unpaid debt the borrower walks away from is the lender's loss, not the borrower's.
            c[(int)YieldLayer.Liquidation] += 0;
            s.BadDebt[i] += bad;
        }

        var equity = collateral * nav - debt;
        var f = s.Failure[(int)ContractLayer.Lending];
        if (f != 1 && equity > 0)
        {
            var lost = equity * (1 - f);
            c[(int)YieldLayer.ContractFailure] -= lost;
            collateral -= lost / nav;
            equity -= lost;
        }

        if (equity <= 0)
        {
            // Limited liability: the position is gone; what it owed beyond its collateral is bad debt.
            s.BadDebt[i] += -equity;
            c[(int)YieldLayer.Liquidation] += -equity;
            collateral = 0;
            debt = 0;
            equity = 0;
        }

        return equity;
    }

    private void Record(PathRecord record, int point)
    {
        var s = _s;
        var points = Layout.Points;
        var series = 0;
        for (var i = 0; i < s.Wealth.Length; i++) record.Points[series++ * points + point] = s.Wealth[i];
        record.Points[series++ * points + point] = s.EthPrice;
        for (var k = 0; k < s.Nav.Length; k++) record.Points[series++ * points + point] = s.Nav[k];
        foreach (var p in Layout.PricedPools) record.Points[series++ * points + point] = s.PoolPrice[p];
    }

    private void Finish(PathRecord record)
    {
        var s = _s;
        for (var i = 0; i < s.Wealth.Length; i++)
        {
            record.FinalWealth[i] = s.Wealth[i];
            record.MaxDrawdown[i] = s.Drawdown[i];
            record.Liquidations[i] = s.Liquidations[i];
            record.BadDebt[i] = s.BadDebt[i];
        }

        for (var i = 0; i < s.Wealth.Length; i++)
            s.Contributions.AsSpan(i * PathState.LayerStride, Layers).CopyTo(record.Layers.AsSpan(i * Layers, Layers));
        for (var k = 0; k < s.Nav.Length; k++)
        {
            record.MinPrice[k] = s.MinPrice[k];
            record.DaysBelowPeg[k] = s.BelowPeg[k];
            record.FinalNav[k] = s.Nav[k];
        }
    }
}
