using System.Text.Json.Nodes;
using Restake.Numerics;
using Restake.Protocols.LiquidRestaking;
using Restake.Protocols.Stack;

namespace Restake.Sandbox.Stack;

/// <summary>Captures the state of every engine of a stack as tables: the core, each LRT, pool and market, and the holders.</summary>
public static class StackStateTables
{
    private static readonly StateColumn Name = new("name");

    /// <summary>All tables, engine by engine.</summary>
    public static IReadOnlyList<StateTable> Capture(RestakeStack s)
    {
        var tables = new List<StateTable>();
        Core(s, tables);
        foreach (var lrt in s.Lrts.Values) Lrt(s, lrt, tables);
        foreach (var pool in s.Pools.Values) Pool(pool, tables);
        foreach (var market in s.Markets.Values) Market(s, market, tables);
        Holders(s, tables);
        return tables;
    }

    /// <summary>The tables as one JSON object: engine → table title → rows.</summary>
    public static JsonObject ToJson(IReadOnlyList<StateTable> tables)
    {
        var root = new JsonObject();
        foreach (var t in tables)
        {
            if (root[t.Engine] is not JsonObject engine) root[t.Engine] = engine = new JsonObject();
            engine[t.Title] = t.ToJson();
        }

        return root;
    }

    private static void Core(RestakeStack s, List<StateTable> tables)
    {
        var id = s.Spec.CoreId;
        var am = s.Core.AllocationManager;
        var dm = s.Core.DelegationManager;
        var rows = s.Spec.Operators.Select(o =>
        {
            var a = s.Resolve(o.Name);
            var sets = am.GetAllocatedSets(a).Select(set => $"{set}:{Pct(am.GetAllocation(a, set, s.EthStrategy).CurrentMagnitude)}");
            return Row(o.Name, Wei(dm.OperatorShares(a, s.EthStrategy)), Mag(am.GetMaxMagnitude(a, s.EthStrategy)),
                Mag(am.GetEncumberedMagnitude(a, s.EthStrategy)), string.Join(" ", sets));
        });
        Add(tables, id, "operators", [Name, new("operator shares", 18), new("max magnitude", 18), new("encumbered", 18), new("allocations")], rows);
        var strategy = s.Core.GetStrategy(s.EthStrategy);
        Add(tables, id, "ETH strategy", [new("total shares", 18), new("balance", 18), new("pending slashed shares", 18)],
            [Row(Wei(strategy.TotalShares), Wei(strategy.UnderlyingBalance),
                Wei(s.Core.StrategyManager.PendingSlashedShares().Aggregate(UInt256.Zero, (acc, p) => acc + p.Shares)))]);
    }

    private static void Lrt(RestakeStack s, RestakedLrt lrt, List<StateTable> tables)
    {
        var v = lrt.Vault;
        var openRequests = v.Requests.Count(r => !r.Claimed);
        Add(tables, lrt.Id, "vault", [new("supply", 18), new("TVL", 18), new("rate", 18), new("deposit queue", 18), new("withdraw buffer", 18),
                new("restaked", 18), new("fees paid", 18), new("open requests")],
            [Row(Wei(v.EzEth.Total), Wei(lrt.Tvl()), Wei(lrt.Rate()), Wei(v.Pending(Assets.Eth)), Wei(v.Buffer(Assets.Eth)),
                Wei(lrt.Positions.TotalValueWei()), Wei(v.FeesPaid), openRequests.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var strategy = s.Core.GetStrategy(s.EthStrategy);
        Add(tables, lrt.Id, "delegators", [new("operator"), new("weight bps"), new("deposit shares", 18), new("withdrawable shares", 18), new("ETH value", 18)],
            lrt.Legs.Select((leg, k) =>
            {
                var (withdrawable, deposit) = s.Core.DelegationManager.GetWithdrawableShares(leg.Delegator, s.EthStrategy);
                return Row(leg.Operator.Name, lrt.Weights[k].ToString(System.Globalization.CultureInfo.InvariantCulture), Wei(deposit), Wei(withdrawable),
                    Wei(strategy.SharesToUnderlyingView(withdrawable)));
            }));
    }

    private static void Pool(StackPool p, List<StateTable> tables)
    {
        var pool = p.Pool;
        Add(tables, p.Id, "coins", [new("i"), new("token"), new("balance", 18), new("admin balance", 18), new("rate", 18)],
            p.Coins.Select((token, k) => Row(k.ToString(System.Globalization.CultureInfo.InvariantCulture), token, Wei(pool.Balance(k)),
                Wei(pool.AdminBalances[k]), Wei(pool.Rates[k]))));
        var empty = pool.Lp.TotalSupply.IsZero;
        Add(tables, p.Id, "prices", [new("coin"), new("get_p (in coin 0)", 18), new("price_oracle (in coin 0)", 18), new("LP supply", 18), new("virtual price", 18), new("A")],
            p.Coins.Skip(1).Select((token, k) => Row(token,
                empty ? "-" : Wei(p.PriceOf(token, p.Coins[0], ema: false)), Wei(p.PriceOf(token, p.Coins[0], ema: true)),
                Wei(pool.Lp.TotalSupply), empty ? "-" : Wei(pool.GetVirtualPrice()), pool.A.ToString())));
    }

    private static void Market(RestakeStack s, StackMarket m, List<StateTable> tables)
    {
        var aave = m.Market;
        Add(tables, m.Id, "reserves", [new("asset"), new("price (USD)", 8), new("supplied", 18), new("borrowed", 18), new("available", 18),
                new("borrow rate (ray)", 27), new("deficit", 18)],
            aave.Reserves.Select(r => Row(r.Asset, Wei(aave.Price(r.Asset)),
                Wei(WadRay(r.TotalScaledSupply, r.NormalizedIncome(s.Now))), Wei(WadRay(r.TotalScaledVariableDebt, r.NormalizedDebt(s.Now))),
                Wei(r.VirtualUnderlyingBalance), Wei(r.CurrentVariableBorrowRate), Wei(r.Deficit))));
        var users = s.Spec.Holders.Select(h => h.Name).Append(Protocols.Lending.Aave.AaveMarket.Treasury)
            .Where(u => aave.Reserves.Any(r => !aave.Position(u).ScaledSupplyOf(r.Asset).IsZero || !aave.Position(u).ScaledDebtOf(r.Asset).IsZero));
        Add(tables, m.Id, "users", [new("user"), new("collateral (USD)", 8), new("debt (USD)", 8), new("health factor", 18), new("positions")],
            users.Select(u =>
            {
                var d = aave.GetUserAccountData(u);
                var positions = aave.Reserves.SelectMany(r => new[]
                {
                    aave.SupplyBalance(u, r.Asset).IsZero ? null : $"+{StateTable.Format(aave.SupplyBalance(u, r.Asset).ToString(), 18)} {r.Asset}",
                    aave.DebtBalance(u, r.Asset).IsZero ? null : $"-{StateTable.Format(aave.DebtBalance(u, r.Asset).ToString(), 18)} {r.Asset}",
                }).Where(x => x is not null);
                return Row(u, Wei(d.TotalCollateralBase), Wei(d.TotalDebtBase), Wei(d.HealthFactor), string.Join(" ", positions));
            }));
    }

    private static void Holders(RestakeStack s, List<StateTable> tables)
    {
        var tokens = new List<string> { Assets.Eth };
        tokens.AddRange(s.Lrts.Keys);
        tokens.AddRange(s.Spec.Holders.SelectMany(h => h.Balances.Keys).Where(t => !tokens.Contains(t)).Distinct());
        var columns = new List<StateColumn> { new("holder") };
        columns.AddRange(tokens.Select(t => new StateColumn(t, 18)));
        columns.AddRange(s.Pools.Keys.Select(p => new StateColumn(p + " LP", 18)));
        Add(tables, "holders", "balances", columns, s.Spec.Holders.Select(h =>
            (IReadOnlyList<string>)new[] { h.Name }
                .Concat(tokens.Select(t => Wei(s.Tokens.BalanceOf(t, h.Name))))
                .Concat(s.Pools.Values.Select(p => Wei(p.Pool.Lp.BalanceOf(h.Name)))).ToArray()));
    }

    private static UInt256 WadRay(UInt256 scaled, UInt256 index) => Protocols.Lending.Aave.WadRayMath.RayMul(scaled, index);

    private static string Wei(UInt256 v) => v.ToString();

    private static string Mag(ulong wad) => wad.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Pct(ulong wad) => (wad / 1e16).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    private static void Add(List<StateTable> tables, string engine, string title, IReadOnlyList<StateColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var list = rows.ToList();
        if (list.Count > 0) tables.Add(new StateTable(engine, title, columns, list));
    }
}
