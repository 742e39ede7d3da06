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

    /// <summary>
    /// Each liquid token's staking yield in ETH after its fees (and its underlying LST's), the part of its return an
    /// arbitrageur holding it to redemption earns for sure; restaking rewards are left out.
    /// </summary>
    public double[] StakingYield { get; private set; } = [];

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
        StakingYield = Liquid.Select(t => StakingApr * (1 - t.Fee) * (t.Underlying >= 0 ? 1 - Liquid[t.Underlying].Fee : 1)).ToArray();
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
            var (bucketCollateral, bucketDebt) = loop ? LooperBuckets(loopers!, collateral, m.SupplyEth - m.BorrowedEth) : ([], []);
            return new MarketSpec(m.Id, token, m.Kind, m.Ltv, m.LiquidationThreshold, m.LiquidationBonus,
                m.Oracle == OracleKind.Market, m.BorrowRate, m.SupplyEth, m.BorrowedEth, collateral, bucketDebt.Sum())
            {
                LooperBucketCollateral = bucketCollateral,
                LooperBucketDebt = bucketDebt,
            };
        }).ToArray();
    }

    /// <summary>Positions the loopers' spread is cut into (one when they all sit at the target leverage).</summary>
    public const int LooperPositions = 8;

    /// <summary>
    /// The loopers' collateral split evenly over positions whose loan-to-value is spread evenly from the lowest
    /// leverage's to the target's (both ends included), lowest first, each one's debt its collateral times its loan-to-value;
    /// the debt is scaled down when it would exceed what the market has left to lend.
    /// </summary>
    private static (double[] Collateral, double[] Debt) LooperBuckets(Loopers loopers, double collateral, double available)
    {
        var high = 1 - 1 / loopers.TargetLeverage;
        var low = loopers.MinLeverage is { } min ? 1 - 1 / min : high;
        var n = low < high ? LooperPositions : 1;
        var coll = Enumerable.Repeat(collateral / n, n).ToArray();
        var debt = Enumerable.Range(0, n).Select(i => coll[i] * (n == 1 ? high : low + (double)i / (n - 1) * (high - low))).ToArray();
        var total = debt.Sum();
        if (total > available)
            for (var i = 0; i < n; i++) debt[i] *= available / total;
        return (coll, debt);
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
/// (tokens) and debt (ETH) in total and per position.
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
    /// <summary>The loopers' collateral (tokens) per position, lowest loan-to-value first; empty without loopers.</summary>
    public double[] LooperBucketCollateral { get; init; } = [];

    /// <summary>The loopers' debt (ETH) per position, matching <see cref="LooperBucketCollateral"/>.</summary>
    public double[] LooperBucketDebt { get; init; } = [];

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
