using Restake.Scenarios.Model;

namespace Restake.Simulation.World;

/// <summary>Liquid tokens, pools, lending markets and strategies of the world.</summary>
public sealed partial class WorldModel
{
    /// <summary>LSTs then LRTs, in scenario order.</summary>
    public LiquidToken[] Liquid { get; private set; } = [];

    /// <summary>Pools (each pairs ETH, coin 0, with a liquid token, coin 1).</summary>
    public PoolSpec[] Pools { get; private set; } = [];

    /// <summary>Lending markets (a liquid token as collateral, ETH as debt).</summary>
    public MarketSpec[] Markets { get; private set; } = [];

    /// <summary>Strategies in scenario order.</summary>
    public StrategySpec[] Strategies { get; private set; } = [];

    /// <summary>Index of a liquid token id, or −1.</summary>
    public int LiquidIndex(string id) => Array.FindIndex(Liquid, t => t.Id == id);

    private void BuildTokens(Scenario s)
    {
        var pools = s.Venues.Pools;
        int PoolOf(string id) => pools.IndexOf(pools.FirstOrDefault(p => p.Tokens.Contains(id))!);
        double Tvl(string id, double? given)
        {
            if (given is { } g) return g;
            var p = PoolOf(id);
            return p >= 0 ? 10 * pools[p].Balances[pools[p].Tokens.IndexOf(id)] : DefaultTvlEth;
        }

        var list = s.Lsts.Select(l => new LiquidToken(l.Id, false, l.ProtocolFee, -1, OperatorShare, Tvl(l.Id, null),
            l.WithdrawalDelayDays, PoolOf(l.Id))).ToList();
        foreach (var l in s.Lrts)
        {
            var underlying = l.Underlying == Scenario.Eth ? -1 : list.FindIndex(t => t.Id == l.Underlying);
            list.Add(new LiquidToken(l.Id, true, l.Fee, underlying, Weights(l.AllocationPolicy), Tvl(l.Id, l.TvlEth),
                l.WithdrawalDelayDays, PoolOf(l.Id)));
        }

        Liquid = list.ToArray();
    }

    private double[] Weights(AllocationPolicy policy) => policy.Kind switch
    {
        AllocationPolicyKind.Equal => OperatorIds.Select(_ => 1.0 / OperatorIds.Length).ToArray(),
        AllocationPolicyKind.StakeWeighted => OperatorShare,
        _ => OperatorIds.Select(id => policy.Weights!.GetValueOrDefault(id)).ToArray(),
    };

    private void BuildVenues(Scenario s)
    {
        Pools = s.Venues.Pools.Select((p, i) =>
        {
            var eth = p.Tokens.IndexOf(Scenario.Eth);
            var other = p.Tokens[1 - Math.Max(eth, 0)];
            var token = LiquidIndex(other);
            if (eth < 0 || token < 0)
                throw InputException.At(s.Name, $"venues.pools[{i}]", "tokens", "the simulation trades pools of ETH and a liquid token (LST or LRT)");
            return new PoolSpec(p.Id, token, p.Amplification, p.Fee, p.Balances[eth], p.Balances[1 - eth]);
        }).ToArray();
        var loopers = s.Holders.Loopers;
        Markets = s.Venues.LendingMarkets.Select((m, i) =>
        {
            var token = LiquidIndex(m.Collateral);
            if (token < 0 || m.Debt != Scenario.Eth)
                throw InputException.At(s.Name, $"venues.lendingMarkets[{i}]", "collateral",
                    "the simulation lends ETH against a liquid token (LST or LRT)");
            var loop = loopers is not null && loopers.Venue == m.Id;
            var collateral = loop ? loopers!.ShareOfSupply * Liquid[token].TvlEth : 0;
            var debt = loop ? collateral * (1 - 1 / loopers!.TargetLeverage) : 0;
            if (debt > m.SupplyEth - m.BorrowedEth) debt = m.SupplyEth - m.BorrowedEth;
            return new MarketSpec(m.Id, token, m.Kind, m.Ltv, m.LiquidationThreshold, m.LiquidationBonus,
                m.Oracle == OracleKind.Market, m.BorrowRate, m.SupplyEth, m.BorrowedEth, collateral, debt);
        }).ToArray();
    }

    private void BuildStrategies(Scenario s)
    {
        Strategies = s.Strategies.Select((st, i) =>
        {
            var token = st.Asset == Scenario.Eth ? -1 : LiquidIndex(st.Asset);
            if (token < 0 && st.Asset != Scenario.Eth)
                throw InputException.At(s.Name, $"strategies[{i}]", "asset", $"the simulation holds ETH or a liquid token, not \"{st.Asset}\"");
            var pool = st.Kind == StrategyKind.Lp ? Array.FindIndex(Pools, p => p.Id == st.Venue) : -1;
            var market = st.Kind is StrategyKind.Loop or StrategyKind.Lend ? Array.FindIndex(Markets, m => m.Id == st.Venue) : -1;
            if (pool >= 0 && Pools[pool].Token != token)
                throw InputException.At(s.Name, $"strategies[{i}]", "asset", $"pool {st.Venue} does not trade {st.Asset}");
            if (st.Kind == StrategyKind.Loop && Markets[market].Token != token)
                throw InputException.At(s.Name, $"strategies[{i}]", "asset", $"market {st.Venue} does not take {st.Asset} as collateral");
            if (st.Kind == StrategyKind.Lend && token >= 0)
                throw InputException.At(s.Name, $"strategies[{i}]", "asset", "a lend strategy supplies ETH");
            if (st.Kind == StrategyKind.Loop && (st.Leverage ?? 1) > 1 / (1 - Markets[market].Ltv) + 1e-9)
                throw InputException.At(s.Name, $"strategies[{i}]", "leverage",
                    $"leverage {st.Leverage} exceeds what ltv {Markets[market].Ltv} allows ({1 / (1 - Markets[market].Ltv):0.##})");
            var op = st.Operator is { } o ? OperatorIndex(o) : -1;
            return new StrategySpec(st.Id, st.Kind, token, pool, market, st.Leverage ?? 1, op, st.Fee ?? 0, st.CapitalEth);
        }).ToArray();
    }
}

/// <summary>A pool of ETH (coin 0) and a liquid token (coin 1, balance in token units worth its redemption value).</summary>
public sealed record PoolSpec(string Id, int Token, double Amplification, double Fee, double EthBalance, double TokenBalance);

/// <summary>
/// A lending market of ETH against a liquid token: loan-to-value, liquidation threshold and bonus, oracle (market
/// price or exchange rate), rate curve, ETH supplied, ETH owed by other borrowers, and the loopers' starting collateral
/// (tokens) and debt (ETH).
/// </summary>
public sealed record MarketSpec(
    string Id,
    int Token,
    LendingKind Kind,
    double Ltv,
    double LiquidationThreshold,
    double LiquidationBonus,
    bool MarketOracle,
    InterestRateModel Rate,
    double SupplyEth,
    double OtherDebt,
    double LooperCollateral,
    double LooperDebt)
{
    /// <summary>Borrow APR at utilisation <paramref name="u"/> (kinked curve).</summary>
    public double BorrowApr(double u)
    {
        var r = Rate;
        u = Math.Clamp(u, 0, 1);
        return u <= r.OptimalUtilisation
            ? r.Base + r.Slope1 * (r.OptimalUtilisation > 0 ? u / r.OptimalUtilisation : 1)
            : r.Base + r.Slope1 + r.Slope2 * (u - r.OptimalUtilisation) / (1 - r.OptimalUtilisation);
    }
}

/// <summary>
/// A strategy compiled: kind, the liquid token it holds (−1 for ETH), its pool and market (−1 for none), leverage,
/// operator (restake), fee (custodial) and capital.
/// </summary>
public sealed record StrategySpec(
    string Id,
    StrategyKind Kind,
    int Token,
    int Pool,
    int Market,
    double Leverage,
    int Operator,
    double Fee,
    double CapitalEth);
