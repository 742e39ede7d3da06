using System.Text.Json.Nodes;
using Restake.Numerics;
using Restake.Protocols.Lending.Aave;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Protocols.Stack;

namespace Restake.Sandbox.Stack;

/// <summary>Reads the <c>world</c> section of a stack script into a <see cref="StackSpec"/>, checking every cross-reference.</summary>
internal static class StackWorldParser
{
    public static StackSpec Parse(StackArgs world)
    {
        var el = world.OptionalObject("eigenlayer");
        var coreId = el.OptionalString("id") ?? "eigenlayer";
        var config = Constants(el.OptionalObject("constants"));
        var avss = el.Has("avss") ? el.Entries("avss").Select(e => Avs(el, e)).ToArray() : [];
        var setIds = avss.ToDictionary(a => a.Name, a => a.OperatorSetIds.ToHashSet());
        var operators = el.Has("operators") ? el.Entries("operators").Select(e => Operator(el, e, setIds)).ToArray() : [];
        el.EnsureNoUnknown();

        var coreNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in avss.Select(a => a.Name).Concat(operators.Select(o => o.Name)))
            if (!coreNames.Add(name)) throw world.Error("eigenlayer", $"'{name}' is declared twice (AVS and operator names share one namespace)");

        var opNames = operators.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var lrts = world.Has("lrts") ? world.Entries("lrts").Select(e => Lrt(world, e, opNames)).ToArray() : [];
        var tokens = new HashSet<string>(StringComparer.Ordinal) { "ETH" };
        foreach (var l in lrts) tokens.Add(l.Id);

        var holders = world.Has("holders") ? world.Entries("holders").Select(e => Holder(world, e, lrts)).ToArray() : [];
        foreach (var h in holders) foreach (var t in h.Balances.Keys) tokens.Add(t);
        var pools = world.Has("pools") ? world.Entries("pools").Select(e => Pool(world, e, tokens)).ToArray() : [];
        var poolIds = pools.ToDictionary(p => p.Id, p => p);
        var markets = world.Has("markets") ? world.Entries("markets").Select(e => Market(world, e, tokens, lrts, poolIds)).ToArray() : [];
        world.EnsureNoUnknown();

        var ids = new HashSet<string>(StringComparer.Ordinal) { coreId };
        foreach (var id in lrts.Select(l => l.Id).Concat(pools.Select(p => p.Id)).Concat(markets.Select(m => m.Id)))
            if (!ids.Add(id)) throw world.Error("", $"engine id '{id}' is used twice");
        return new StackSpec
        {
            CoreId = coreId, Config = config, Avss = avss, Operators = operators, Lrts = lrts, Pools = pools, Markets = markets, Holders = holders,
        };
    }

    private static EigenLayerConfig Constants(StackArgs c)
    {
        // Short delays by default so sandbox worlds need few blocks; mainnet values can be set explicitly.
        var config = EigenLayerConfig.Mainnet with { MinWithdrawalDelayBlocks = 10, DeallocationDelay = 10, AllocationConfigurationDelay = 10, SlasherConfigurationDelay = 10 };
        if (c.Has("MIN_WITHDRAWAL_DELAY_BLOCKS")) config = config with { MinWithdrawalDelayBlocks = (uint)c.Integer("MIN_WITHDRAWAL_DELAY_BLOCKS", 0, uint.MaxValue) };
        if (c.Has("DEALLOCATION_DELAY")) config = config with { DeallocationDelay = (uint)c.Integer("DEALLOCATION_DELAY", 0, uint.MaxValue) };
        if (c.Has("ALLOCATION_CONFIGURATION_DELAY"))
        {
            var d = (uint)c.Integer("ALLOCATION_CONFIGURATION_DELAY", 0, uint.MaxValue);
            config = config with { AllocationConfigurationDelay = d, SlasherConfigurationDelay = d };
        }

        c.EnsureNoUnknown();
        return config;
    }

    private static AvsSpec Avs(StackArgs el, (string Key, JsonNode? Value, string Path) e)
    {
        var a = el.ObjectAt(e.Value, e.Path);
        var ids = a.Integers("operatorSets", 0, uint.MaxValue).Select(i => (uint)i).ToArray();
        a.EnsureNoUnknown();
        return new AvsSpec(e.Key, ids);
    }

    private static OperatorSpec Operator(StackArgs el, (string Key, JsonNode? Value, string Path) e, Dictionary<string, HashSet<uint>> sets)
    {
        var o = el.ObjectAt(e.Value, e.Path);
        var allocations = new List<AllocationSpec>();
        if (o.Has("allocations"))
            foreach (var (set, value, path) in o.Entries("allocations"))
            {
                var (avs, id) = ParseSet(o, set, path, sets);
                var magnitude = o.Bounded(value, path, 0, 1_000_000_000_000_000_000UL);
                allocations.Add(new AllocationSpec(avs, id, magnitude));
            }
        else o.Skip("allocations");

        o.EnsureNoUnknown();
        return new OperatorSpec(e.Key, allocations);
    }

    /// <summary>Parses <c>avs/id</c> against the declared sets.</summary>
    public static (string Avs, uint Id) ParseSet(StackArgs r, string text, string path, IReadOnlyDictionary<string, HashSet<uint>> sets)
    {
        var slash = text.LastIndexOf('/');
        if (slash <= 0 || !uint.TryParse(text[(slash + 1)..], out var id))
            throw r.At(path, $"expected an operator set 'avs/id', got '{text}'");
        var avs = text[..slash];
        if (!sets.TryGetValue(avs, out var ids)) throw r.At(path, $"unknown AVS '{avs}'");
        if (!ids.Contains(id)) throw r.At(path, $"AVS '{avs}' has no operator set {id}");
        return (avs, id);
    }

    private static LrtSpec Lrt(StackArgs world, (string Key, JsonNode? Value, string Path) e, HashSet<string> operators)
    {
        var l = world.ObjectAt(e.Value, e.Path);
        var kind = l.OptionalString("kind") ?? "renzo";
        if (kind != "renzo") throw l.Error("kind", $"unknown LRT kind '{kind}' (known: renzo)");
        if (e.Key == "ETH") throw l.At(e.Path, "'ETH' is reserved for native ether");
        var legs = new List<DelegationLeg>();
        foreach (var (op, weight, path) in l.Entries("delegation"))
        {
            if (!operators.Contains(op)) throw l.At(path, $"unknown operator '{op}'");
            legs.Add(new DelegationLeg(op, (uint)l.Bounded(weight, path, 0, 10_000)));
        }

        if (legs.Count == 0 || legs.All(x => x.WeightBps == 0)) throw l.Error("delegation", "needs at least one operator with a positive weight");
        var spec = new LrtSpec(e.Key, legs)
        {
            FeeBasisPoints = l.Integer("feeBasisPoints", 0, 10_000, 0),
            CoolDownSeconds = l.Integer("coolDownSeconds", 0, uint.MaxValue, 7 * 86_400),
            WithdrawBufferTarget = l.Amount("withdrawBufferTarget", UInt256.Zero),
        };
        l.EnsureNoUnknown();
        return spec;
    }

    private static HolderSpec Holder(StackArgs world, (string Key, JsonNode? Value, string Path) e, IReadOnlyList<LrtSpec> lrts)
    {
        var h = world.ObjectAt(e.Value, e.Path);
        var balances = new Dictionary<string, UInt256>(StringComparer.Ordinal);
        foreach (var (token, amount, path) in h.OwnEntries())
        {
            if (lrts.Any(l => l.Id == token)) throw h.At(path, $"{token} is an LRT: holders get it by depositing (depositETH), not as a starting balance");
            balances[token] = h.ParseAmount(amount, path, false);
        }

        return new HolderSpec(e.Key, balances);
    }

    private static PoolSpec Pool(StackArgs world, (string Key, JsonNode? Value, string Path) e, HashSet<string> tokens)
    {
        var p = world.ObjectAt(e.Value, e.Path);
        var kind = p.OptionalString("kind") ?? "stableswap-ng";
        if (kind != "stableswap-ng") throw p.Error("kind", $"unknown pool kind '{kind}' (known: stableswap-ng)");
        var coins = p.Strings("coins");
        if (coins.Count is < 2 or > 8) throw p.Error("coins", "a pool has 2 to 8 coins");
        for (var k = 0; k < coins.Count; k++)
            if (!tokens.Contains(coins[k])) throw p.At($"{p.Join("coins")}[{k}]", $"unknown token '{coins[k]}' (known: {string.Join(", ", tokens.Order())})");
        if (coins.Distinct().Count() != coins.Count) throw p.Error("coins", "a coin appears twice");
        var spec = new PoolSpec(e.Key, coins)
        {
            A = p.Integer("A", 1, 1_000_000, 200),
            Fee = p.Integer("fee", 0, 5_000_000_000, 4_000_000),
            OffpegFeeMultiplier = p.Amount("offpegFeeMultiplier", (UInt256)20_000_000_000UL),
            MaExpTime = p.Integer("maExpTime", 1, uint.MaxValue, 866),
            RateOracle = p.Bool("rateOracle", false),
        };
        p.EnsureNoUnknown();
        return spec;
    }

    private static MarketSpec Market(StackArgs world, (string Key, JsonNode? Value, string Path) e, HashSet<string> tokens,
        IReadOnlyList<LrtSpec> lrts, Dictionary<string, PoolSpec> pools)
    {
        var m = world.ObjectAt(e.Value, e.Path);
        var kind = m.OptionalString("kind") ?? "aave";
        if (kind != "aave") throw m.Error("kind", $"unknown market kind '{kind}' (known: aave)");
        var prices = new Dictionary<string, UInt256>(StringComparer.Ordinal);
        foreach (var (asset, price, path) in m.Entries("prices"))
        {
            if (!tokens.Contains(asset)) throw m.At(path, $"unknown token '{asset}'");
            prices[asset] = m.ParseAmount(price, path, false);
        }

        if (!prices.ContainsKey("ETH")) throw m.Error("prices", "needs an ETH price (8 decimals, e.g. \"3000e8\")");
        var reserves = new List<ReserveSpec>();
        foreach (var (asset, value, path) in m.Entries("reserves"))
        {
            if (!tokens.Contains(asset)) throw m.At(path, $"unknown token '{asset}'");
            var r = m.ObjectAt(value, path);
            var config = new ReserveConfiguration(
                (int)r.Integer("decimals", 0, 36, 18), r.Integer("ltv", 0, 10_000), r.Integer("liquidationThreshold", 0, 10_000),
                r.Integer("liquidationBonus", 10_000, 20_000), r.Integer("liquidationProtocolFee", 0, 10_000, 0),
                r.Integer("reserveFactor", 0, 10_000, 0), r.Bool("borrowingEnabled", true));
            var rates = r.OptionalObject("rates");
            var model = InterestRateModel.FromBps(rates.Integer("optimalUsage", 1, 10_000, 9_000), rates.Integer("base", 0, 100_000, 0),
                rates.Integer("slope1", 0, 100_000, 0), rates.Integer("slope2", 0, 1_000_000, 0));
            rates.EnsureNoUnknown();
            var isLrt = lrts.Any(l => l.Id == asset);
            PriceSpec price;
            if (!isLrt)
            {
                if (r.Has("price")) throw r.Error("price", $"{asset} is priced by the market's prices.{asset}; only LRTs take a price source");
                r.Skip("price");
                if (!prices.ContainsKey(asset)) throw r.At(path, $"no price for {asset} in {m.Join("prices")}");
                price = PriceSpec.Base;
            }
            else
            {
                price = Price(r.Object("price"), pools, asset);
            }

            r.EnsureNoUnknown();
            reserves.Add(new ReserveSpec(asset, config, model, price));
        }

        m.EnsureNoUnknown();
        return new MarketSpec(e.Key, prices, reserves);
    }

    private static PriceSpec Price(StackArgs p, Dictionary<string, PoolSpec> pools, string asset)
    {
        var source = p.String("source") switch
        {
            "pool-oracle" => LrtPriceSource.PoolOracle,
            "pool-spot" => LrtPriceSource.PoolSpot,
            "capped-rate" => LrtPriceSource.CappedRate,
            var other => throw p.Error("source", $"unknown price source '{other}' (known: pool-oracle, pool-spot, capped-rate)"),
        };
        PriceSpec spec;
        if (source == LrtPriceSource.CappedRate)
        {
            spec = new PriceSpec(source, MaxYearlyGrowthBps: p.Integer("maxYearlyGrowthBps", 0, 1_000_000, 0), SnapshotRatio: p.Amount("snapshotRatio", UInt256.Zero));
        }
        else
        {
            var pool = p.String("pool");
            if (!pools.TryGetValue(pool, out var ps)) throw p.Error("pool", $"unknown pool '{pool}'");
            if (!ps.Coins.Contains(asset) || !ps.Coins.Contains("ETH")) throw p.Error("pool", $"pool '{pool}' must hold both {asset} and ETH");
            spec = new PriceSpec(source, pool);
        }

        p.EnsureNoUnknown();
        return spec;
    }
}
