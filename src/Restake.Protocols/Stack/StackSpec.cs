using Restake.Numerics;
using Restake.Protocols.Lending.Aave;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Protocols.Stack;

/// <summary>
/// Everything a wired stack is built from: the EigenLayer core (AVSs, operators and their allocations), the LRT
/// vaults with their delegation policy, the pools, the lending markets and the holders' starting wallets.
/// </summary>
public sealed record StackSpec
{
    /// <summary>Engine id of the EigenLayer core.</summary>
    public string CoreId { get; init; } = "eigenlayer";

    /// <summary>Core constants (delays); the allocation delay of every operator is 0 so setup allocations take effect next block.</summary>
    public EigenLayerConfig Config { get; init; } = EigenLayerConfig.Mainnet;

    /// <summary>Block the world starts at.</summary>
    public long StartBlock { get; init; } = 1_000;

    /// <summary>Unix time of <see cref="StartBlock"/>; the core adds 12 s per block.</summary>
    public ulong StartTimestamp { get; init; } = 1_750_000_000;

    public IReadOnlyList<AvsSpec> Avss { get; init; } = [];
    public IReadOnlyList<OperatorSpec> Operators { get; init; } = [];
    public IReadOnlyList<LrtSpec> Lrts { get; init; } = [];
    public IReadOnlyList<PoolSpec> Pools { get; init; } = [];
    public IReadOnlyList<MarketSpec> Markets { get; init; } = [];

    /// <summary>Holders and their starting wallet balances per token (ETH and plain tokens; LRTs are minted by deposits).</summary>
    public IReadOnlyList<HolderSpec> Holders { get; init; } = [];
}

/// <summary>An AVS and the ids of its operator sets; every set slashes the core's ETH strategy.</summary>
public sealed record AvsSpec(string Name, IReadOnlyList<uint> OperatorSetIds);

/// <summary>An operator registered in the core, registered for the sets it allocates to, with its magnitudes (WAD).</summary>
public sealed record OperatorSpec(string Name, IReadOnlyList<AllocationSpec> Allocations);

/// <summary>Magnitude (WAD, 1e18 = all) an operator allocates to <c>avs/id</c>.</summary>
public sealed record AllocationSpec(string Avs, uint OperatorSetId, ulong Magnitude);

/// <summary>One leg of an LRT's delegation policy: the share (basis points) of staked ETH sent to an operator.</summary>
public sealed record DelegationLeg(string Operator, uint WeightBps);

/// <summary>
/// A Renzo-style LRT: one operator delegator per policy leg, each delegated to its operator; ETH staked from the
/// deposit queue is split by the weights and restaked in the core's ETH strategy.
/// </summary>
public sealed record LrtSpec(string Id, IReadOnlyList<DelegationLeg> Delegation)
{
    /// <summary>Fee on rewards entering the deposit queue (basis points).</summary>
    public UInt256 FeeBasisPoints { get; init; }

    /// <summary>Withdraw-queue cooldown in seconds.</summary>
    public ulong CoolDownSeconds { get; init; } = 7 * 86_400;

    /// <summary>ETH the withdraw buffer is refilled to from deposits.</summary>
    public UInt256 WithdrawBufferTarget { get; init; }
}

/// <summary>A StableSwap-NG pool over stack tokens (ETH, LRT ids, plain tokens); <see cref="RateOracle"/> makes LRT coins oracle coins at the vault's rate.</summary>
public sealed record PoolSpec(string Id, IReadOnlyList<string> Coins)
{
    public UInt256 A { get; init; } = 200;

    /// <summary>Fee in 1e10 units (4e6 = 0.04 %).</summary>
    public UInt256 Fee { get; init; } = 4_000_000;

    /// <summary>Off-peg fee multiplier in 1e10 units.</summary>
    public UInt256 OffpegFeeMultiplier { get; init; } = 20_000_000_000UL;

    /// <summary>Price EMA window in seconds.</summary>
    public ulong MaExpTime { get; init; } = 866;

    /// <summary>True: each LRT coin's stored rate follows the vault's exchange rate (an NG oracle pool).</summary>
    public bool RateOracle { get; init; }
}

/// <summary>How a lending market prices an LRT collateral.</summary>
public enum LrtPriceSource
{
    /// <summary>ETH price × the pool's EMA <c>price_oracle</c> of the LRT.</summary>
    PoolOracle,

    /// <summary>ETH price × the pool's spot <c>get_p</c> of the LRT.</summary>
    PoolSpot,

    /// <summary>ETH price × min(vault exchange rate, growth cap) (CAPO).</summary>
    CappedRate,
}

/// <summary>The price wiring of one market asset: a fixed base price for plain assets, or an LRT source.</summary>
public sealed record PriceSpec(LrtPriceSource? Source, string? Pool = null, UInt256 MaxYearlyGrowthBps = default, UInt256 SnapshotRatio = default)
{
    /// <summary>A plain asset priced by the market's base price of that asset.</summary>
    public static PriceSpec Base { get; } = new((LrtPriceSource?)null);
}

/// <summary>A reserve of an Aave-style market: its risk parameters, rate model (bps) and price wiring.</summary>
public sealed record ReserveSpec(string Asset, ReserveConfiguration Configuration, InterestRateModel RateModel, PriceSpec Price);

/// <summary>An Aave v3.3-style market; <see cref="BasePrices"/> are 8-decimal prices of plain assets (ETH).</summary>
public sealed record MarketSpec(string Id, IReadOnlyDictionary<string, UInt256> BasePrices, IReadOnlyList<ReserveSpec> Reserves);

/// <summary>A holder and its starting balances.</summary>
public sealed record HolderSpec(string Name, IReadOnlyDictionary<string, UInt256> Balances);
