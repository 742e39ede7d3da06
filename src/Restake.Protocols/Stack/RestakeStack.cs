using Restake.Numerics;
using Restake.Protocols.LiquidRestaking;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Protocols.Stack;

/// <summary>
/// The wired restaking stack: one EigenLayer core, LRT vaults restaking in it, StableSwap-NG pools and Aave-style
/// markets, and the holders' tokens. Each engine keeps its own API and accounting; the stack only carries values
/// between them — LRT TVL from the core (live), pool rates and lending prices from the vaults and pools
/// (<see cref="Sync"/>, after every operation) — and moves tokens between accounts. Time is explicit: the core's
/// block and timestamp are the clock, and <see cref="AdvanceBlocks"/> moves every engine with it.
/// </summary>
public sealed partial class RestakeStack
{
    /// <summary>Wallet account of the wrapped-ETH contract: ETH restaked in the core is locked here.</summary>
    public const string WethAccount = "weth";

    private readonly Dictionary<string, Address> _addresses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RestakedLrt> _lrts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StackPool> _pools = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StackMarket> _markets = new(StringComparer.Ordinal);

    /// <summary>Builds the world of <paramref name="spec"/>: deploys the core's ETH strategy, AVS sets, operators with
    /// their allocations (effective from the next block), LRT delegators, pools, markets and the holders' wallets.</summary>
    public RestakeStack(StackSpec spec)
    {
        Spec = spec;
        Core = new EigenLayerCore(spec.Config, startBlock: spec.StartBlock, startTimestamp: spec.StartTimestamp);
        Weth = Address.Named("WETH", 0x7001);
        EthStrategy = Address.Named("ethStrategy", 0x5001);
        Core.DeployStrategy(EthStrategy, Weth);
        Core.StrategyManager.AddStrategiesToDepositWhitelist(Core.Owner, [EthStrategy]);
        SetUpCore(spec);

        foreach (var l in spec.Lrts)
        {
            var legs = l.Delegation.Select(d => (Operator: Resolve(d.Operator), Delegator: NewAddress($"{l.Id}:od:{d.Operator}"))).ToArray();
            foreach (var (op, od) in legs) Core.DelegationManager.DelegateTo(od, op);
            var lrt = new RestakedLrt(l, Core, Tokens, Weth, EthStrategy, legs);
            Tokens.RegisterLrt(l.Id, lrt.Vault.EzEth);
            AddUnique(_lrts, l.Id, lrt);
        }

        foreach (var p in spec.Pools) AddUnique(_pools, p.Id, new StackPool(p, Tokens, Core.Timestamp));
        foreach (var m in spec.Markets) AddUnique(_markets, m.Id, new StackMarket(m, Tokens, Core.Timestamp, id => Lrt(id).Rate()));
        foreach (var h in spec.Holders)
        foreach (var (token, amount) in h.Balances)
        {
            if (Tokens.IsLrt(token)) throw new ArgumentException($"holder {h.Name}: LRT balances come from deposits, not starting balances");
            Tokens.Wallets.Mint(token, h.Name, amount);
        }

        AdvanceBlocks(1);
    }

    /// <summary>What the stack was built from.</summary>
    public StackSpec Spec { get; }

    /// <summary>The EigenLayer core.</summary>
    public EigenLayerCore Core { get; }

    /// <summary>Every token balance (LRT ledgers and wallets).</summary>
    public StackTokens Tokens { get; } = new();

    /// <summary>The wrapped-ETH token restaked in <see cref="EthStrategy"/>.</summary>
    public Address Weth { get; }

    /// <summary>The core strategy every LRT restakes ETH in and every operator set slashes.</summary>
    public Address EthStrategy { get; }

    /// <summary>Current unix time (the core's block timestamp).</summary>
    public ulong Now => Core.Timestamp;

    public IReadOnlyDictionary<string, RestakedLrt> Lrts => _lrts;
    public IReadOnlyDictionary<string, StackPool> Pools => _pools;
    public IReadOnlyDictionary<string, StackMarket> Markets => _markets;

    /// <summary>Core addresses by name (AVSs, operators, operator delegators).</summary>
    public IReadOnlyDictionary<string, Address> Addresses => _addresses;

    public RestakedLrt Lrt(string id) => _lrts.TryGetValue(id, out var v) ? v : throw new KeyNotFoundException($"no LRT '{id}'");
    public StackPool Pool(string id) => _pools.TryGetValue(id, out var v) ? v : throw new KeyNotFoundException($"no pool '{id}'");
    public StackMarket Market(string id) => _markets.TryGetValue(id, out var v) ? v : throw new KeyNotFoundException($"no market '{id}'");

    /// <summary>The core address of a named AVS, operator or delegator.</summary>
    public Address Resolve(string name) => _addresses.TryGetValue(name, out var a) ? a : throw new KeyNotFoundException($"no core account '{name}'");

    /// <summary>Moves the core <paramref name="blocks"/> blocks (12 s each) and every engine's clock with it, then syncs.</summary>
    public void AdvanceBlocks(long blocks)
    {
        Core.AdvanceBlocks(blocks);
        foreach (var p in _pools.Values) p.Pool.Warp(Now);
        foreach (var m in _markets.Values) m.Market.Warp(Now);
        Sync();
    }

    /// <summary>
    /// Carries values between engines: each rate-oracle pool's LRT coin rate ← the vault's rate; each market's LRT
    /// price ← the pool price (spot or EMA) or the vault's rate (capped), on the ETH base price.
    /// </summary>
    public void Sync()
    {
        var rates = new Dictionary<string, UInt256>(StringComparer.Ordinal);
        UInt256 RateOf(string lrt) => rates.TryGetValue(lrt, out var r) ? r : rates[lrt] = Lrt(lrt).Rate();
        foreach (var pool in _pools.Values)
        {
            if (!pool.RateOracle) continue;
            for (var k = 0; k < pool.Coins.Count; k++)
                if (_lrts.ContainsKey(pool.Coins[k])) pool.Pool.SetRate(k, RateOf(pool.Coins[k]));
        }

        foreach (var market in _markets.Values)
        foreach (var feed in market.LrtFeeds)
        {
            if (feed.Capped is { } capped)
            {
                capped.ExchangeRate = RateOf(feed.Asset);
                continue;
            }

            var pool = Pool(feed.Spec.Pool!);
            if (pool.Pool.Lp.TotalSupply.IsZero) continue; // an empty pool has no price: the feed keeps its last answer
            var inEth = pool.PriceOf(feed.Asset, Assets.Eth, ema: feed.Spec.Source == LrtPriceSource.PoolOracle);
            feed.Market!.Value = UInt256.MulDiv(market.EthFeed.Value, inEth, Wad.One, Rounding.Down);
        }
    }

    private void SetUpCore(StackSpec spec)
    {
        var am = Core.AllocationManager;
        foreach (var avs in spec.Avss)
        {
            var a = NewAddress(avs.Name);
            am.UpdateAVSMetadataURI(a, a, "stack://" + avs.Name);
            am.CreateOperatorSets(a, a, avs.OperatorSetIds.Select(id => new CreateSetParams(id, [EthStrategy])).ToArray());
        }

        foreach (var op in spec.Operators)
        {
            var o = NewAddress(op.Name);
            Core.DelegationManager.RegisterAsOperator(o, Address.Zero, 0, "stack://" + op.Name);
            foreach (var group in op.Allocations.GroupBy(x => x.Avs))
                am.RegisterForOperatorSets(o, o, Resolve(group.Key), group.Select(x => x.OperatorSetId).ToArray());
            if (op.Allocations.Count > 0)
                am.ModifyAllocations(o, o, op.Allocations.Select(x =>
                    new AllocateParams(new OperatorSet(Resolve(x.Avs), x.OperatorSetId), [EthStrategy], [x.Magnitude])).ToArray());
        }
    }

    private Address NewAddress(string name)
    {
        if (_addresses.ContainsKey(name)) throw new ArgumentException($"core account '{name}' declared twice");
        var a = Address.Named(name, 0x10_000UL + (ulong)_addresses.Count);
        _addresses[name] = a;
        return a;
    }

    private static void AddUnique<T>(Dictionary<string, T> map, string id, T value)
    {
        if (!map.TryAdd(id, value)) throw new ArgumentException($"engine id '{id}' declared twice");
    }
}
