using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>A small deployment for tests: two tokens and strategies (A &lt; B), funded accounts, helpers per call.</summary>
internal sealed class TestWorld
{
    public static readonly UInt256 E = Wad.One;
    public static readonly UInt256 Funding = UInt256.Parse("1000000000000000000000000000000000000000");

    public TestWorld(EigenLayerConfig? config = null, int accounts = 8)
    {
        Core = new EigenLayerCore(config ?? EigenLayerConfig.Mainnet, startBlock: 1000, startTimestamp: 1_760_000_000);
        TokenA = Address.Named("tokenA", 0x2001);
        TokenB = Address.Named("tokenB", 0x2002);
        StrategyA = Address.Named("strategyA", 0x3001);
        StrategyB = Address.Named("strategyB", 0x3002);
        Core.DeployStrategy(StrategyA, TokenA);
        Core.DeployStrategy(StrategyB, TokenB);
        Core.StrategyManager.AddStrategiesToDepositWhitelist(Core.Owner, [StrategyA, StrategyB]);
        Accounts = Enumerable.Range(0, accounts).Select(i => Address.Named($"account{i}", 0x1000UL + (ulong)i)).ToArray();
        foreach (var a in Accounts)
        foreach (var t in new[] { TokenA, TokenB })
        {
            Core.Tokens.Mint(t, a, Funding);
            Core.Tokens.Approve(t, a, Core.StrategyManager.Self, UInt256.MaxValue);
        }
    }

    public EigenLayerCore Core { get; }
    public Address TokenA { get; }
    public Address TokenB { get; }
    public Address StrategyA { get; }
    public Address StrategyB { get; }
    public IReadOnlyList<Address> Accounts { get; }

    public DelegationManager Dm => Core.DelegationManager;
    public AllocationManager Am => Core.AllocationManager;
    public StrategyManager Sm => Core.StrategyManager;

    public Address TokenOf(Address strategy) => strategy == StrategyA ? TokenA : TokenB;

    /// <summary>Moves to the next block (each call in its own block, as on chain).</summary>
    public EigenLayerCore Next()
    {
        Core.AdvanceBlocks(1);
        return Core;
    }

    public void RegisterOperator(Address op, uint delay = 0) => Next().DelegationManager.RegisterAsOperator(op, Address.Zero, delay, "uri");

    public UInt256 Deposit(Address staker, Address strategy, UInt256 amount) =>
        Next().StrategyManager.DepositIntoStrategy(staker, strategy, TokenOf(strategy), amount);

    public OperatorSet CreateSet(Address avs, uint id, params Address[] strategies)
    {
        if (!Am.HasAvsMetadata(avs)) Next().AllocationManager.UpdateAVSMetadataURI(avs, avs, "avs");
        Next().AllocationManager.CreateOperatorSets(avs, avs, [new CreateSetParams(id, strategies)]);
        return new OperatorSet(avs, id);
    }

    public void Register(Address op, OperatorSet set) => Next().AllocationManager.RegisterForOperatorSets(op, op, set.Avs, [set.Id]);

    public void Allocate(Address op, OperatorSet set, Address strategy, UInt256 magnitude) =>
        Next().AllocationManager.ModifyAllocations(op, op, [new AllocateParams(set, [strategy], [(ulong)magnitude])]);

    public SlashResult Slash(OperatorSet set, Address op, Address strategy, UInt256 wad) =>
        Next().AllocationManager.SlashOperator(set.Avs, set.Avs, new SlashingParams(op, set.Id, [strategy], [wad]));

    public UInt256 Withdrawable(Address staker, Address strategy) => Dm.GetWithdrawableShares(staker, strategy).Withdrawable;

    public static UInt256 U(string decimalDigits) => UInt256.Parse(decimalDigits.Replace("_", "", StringComparison.Ordinal));
}
