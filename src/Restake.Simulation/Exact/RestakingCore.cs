using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Simulation.World;

namespace Restake.Simulation.Exact;

/// <summary>
/// A world's restaking layer as an <see cref="EigenLayerCore"/>: one strategy, each operator registered with its stake
/// deposited by one aggregate staker delegated to it (its restakers and the LRTs' positions with it), one AVS per world
/// AVS with its operator sets, and each edge's magnitude allocated and in effect.
/// </summary>
public sealed class RestakingCore
{
    private const long StartBlock = 1_000;

    /// <summary>Builds the core of <paramref name="world"/>.</summary>
    public RestakingCore(WorldModel world)
    {
        Core = new EigenLayerCore(EigenLayerConfig.Mainnet, startBlock: StartBlock);
        Core.DeployStrategy(Strategy, Token);
        Core.StrategyManager.AddStrategiesToDepositWhitelist(Core.Owner, [Strategy]);
        var ops = world.OperatorIds.Length;
        Operators = new Address[ops];
        Stakers = new Address[ops];
        Deposits = new UInt256[ops];
        for (var i = 0; i < ops; i++)
        {
            Operators[i] = Address.Named($"operator:{world.OperatorIds[i]}", 0x2_0000_0000UL + (ulong)i);
            Stakers[i] = Address.Named($"restakers:{world.OperatorIds[i]}", 0x1_0000_0000UL + (ulong)i);
            Core.DelegationManager.RegisterAsOperator(Operators[i], Address.Zero, 0, "");
            Deposits[i] = Wei(world.OperatorStake[i]);
            if (Deposits[i].IsZero) continue;
            Core.Tokens.Mint(Token, Stakers[i], Deposits[i]);
            Core.Tokens.Approve(Token, Stakers[i], Core.StrategyManager.Self, Deposits[i]);
            Core.StrategyManager.DepositIntoStrategy(Stakers[i], Strategy, Token, Deposits[i]);
            Core.DelegationManager.DelegateTo(Stakers[i], Operators[i]);
        }

        var am = Core.AllocationManager;
        var avss = world.AvsIds.Length;
        Avss = new Address[avss];
        EdgeSets = new OperatorSet[world.EdgeOperator.Length];
        WadsToSlash = new UInt256[avss];
        var allocations = Enumerable.Range(0, ops).Select(_ => new List<AllocateParams>()).ToArray();
        var allocated = new ulong[ops];
        for (var j = 0; j < avss; j++)
        {
            var avs = Address.Named($"avs:{world.AvsIds[j]}", 0x3_0000_0000UL + (ulong)j);
            Avss[j] = avs;
            WadsToSlash[j] = Wad18(world.AvsSlashFraction[j]);
            am.UpdateAVSMetadataURI(avs, avs, "");
            var setIds = new List<string>();
            var members = new Dictionary<int, List<uint>>();
            for (var e = world.AvsEdgeStart[j]; e < world.AvsEdgeStart[j + 1]; e++)
            {
                var id = setIds.IndexOf(world.EdgeSet[e]);
                if (id < 0)
                {
                    id = setIds.Count;
                    setIds.Add(world.EdgeSet[e]);
                }

                EdgeSets[e] = new OperatorSet(avs, (uint)id);
                var op = world.EdgeOperator[e];
                if (!members.TryGetValue(op, out var list)) members[op] = list = [];
                if (!list.Contains((uint)id)) list.Add((uint)id);
                // Magnitudes summing to at most 1 may round to one unit over WAD; the last one takes what is left.
                var magnitude = Math.Min((ulong)Wad18(world.EdgeMagnitude[e]), (ulong)Wad.One - allocated[op]);
                allocated[op] += magnitude;
                allocations[op].Add(new AllocateParams(EdgeSets[e], [Strategy], [magnitude]));
            }

            am.CreateOperatorSets(avs, avs, setIds.Select((_, id) => new CreateSetParams((uint)id, [Strategy])).ToArray());
            foreach (var (op, ids) in members) am.RegisterForOperatorSets(Operators[op], Operators[op], avs, ids);
        }

        for (var i = 0; i < ops; i++)
            if (allocations[i].Count > 0) am.ModifyAllocations(Operators[i], Operators[i], allocations[i]);
        // Allocations take effect the block after they are made (allocation delay 0).
        Core.AdvanceBlocks(1);
    }

    /// <summary>The EigenLayer core contracts.</summary>
    public EigenLayerCore Core { get; }

    /// <summary>The restaked token (ETH-denominated, 1 wei = 1 share at the start).</summary>
    public Address Token { get; } = Address.Named("restaked-eth", 0x7000);

    /// <summary>The strategy every operator set slashes.</summary>
    public Address Strategy { get; } = Address.Named("strategy", 0x5000);

    /// <summary>Operator accounts by world operator index.</summary>
    public Address[] Operators { get; }

    /// <summary>The aggregate staker delegated to each operator.</summary>
    public Address[] Stakers { get; }

    /// <summary>Each aggregate staker's deposit in wei (the operator's stake).</summary>
    public UInt256[] Deposits { get; }

    /// <summary>AVS accounts by world AVS index.</summary>
    public Address[] Avss { get; }

    /// <summary>Operator set of each world edge.</summary>
    public OperatorSet[] EdgeSets { get; }

    /// <summary>Each AVS's slash fraction in WAD.</summary>
    public UInt256[] WadsToSlash { get; }

    /// <summary>A fraction in WAD (1e18 = 1), rounded to the nearest unit.</summary>
    public static UInt256 Wad18(double fraction) =>
        UInt256.FromBigInteger(new System.Numerics.BigInteger(Math.Round(fraction * 1e18)));

    private static UInt256 Wei(double eth) =>
        UInt256.FromBigInteger(new System.Numerics.BigInteger(Math.Round(eth * 1e6)) * 1_000_000_000_000);
}
