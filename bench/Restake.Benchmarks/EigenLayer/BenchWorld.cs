using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Benchmarks.EigenLayer;

/// <summary>A core with one strategy, funded stakers, registered operators and one operator set per AVS.</summary>
public sealed class BenchWorld
{
    public EigenLayerCore Core { get; }
    public Address Token { get; } = Address.Named("token", 0x7000);
    public Address Strategy { get; } = Address.Named("strategy", 0x5000);
    public Address Avs { get; } = Address.Named("avs", 0x3000);
    public Address[] Stakers { get; }
    public Address[] Operators { get; }
    public OperatorSet Set => new(Avs, 0);

    public BenchWorld(int stakers, int operators)
    {
        Core = new EigenLayerCore(EigenLayerConfig.Mainnet, startBlock: 1_000);
        Core.DeployStrategy(Strategy, Token);
        Core.StrategyManager.AddStrategiesToDepositWhitelist(Core.Owner, [Strategy]);
        Stakers = Enumerable.Range(0, stakers).Select(i => Address.Named($"staker{i}", 0x1_0000_0000UL + (ulong)i)).ToArray();
        Operators = Enumerable.Range(0, operators).Select(i => Address.Named($"operator{i}", 0x2_0000_0000UL + (ulong)i)).ToArray();
        foreach (var account in Stakers.Concat(Operators))
        {
            Core.Tokens.Mint(Token, account, UInt256.Parse("1000000000000000000000000000000"));
            Core.Tokens.Approve(Token, account, Core.StrategyManager.Self, UInt256.MaxValue);
        }

        var am = Core.AllocationManager;
        am.UpdateAVSMetadataURI(Avs, Avs, "ipfs://avs");
        am.CreateOperatorSets(Avs, Avs, [new CreateSetParams(0, [Strategy])]);
        foreach (var op in Operators)
        {
            Core.DelegationManager.RegisterAsOperator(op, Address.Zero, 0, "ipfs://op");
            am.RegisterForOperatorSets(op, op, Avs, [0]);
            am.ModifyAllocations(op, op, [new AllocateParams(Set, [Strategy], [500_000_000_000_000_000UL])]);
        }

        Core.AdvanceBlocks(1);
    }

    /// <summary>Deposits <paramref name="amount"/> for every staker and delegates staker i to operator i mod n.</summary>
    public void DepositAndDelegateAll(UInt256 amount)
    {
        for (var i = 0; i < Stakers.Length; i++)
        {
            Core.StrategyManager.DepositIntoStrategy(Stakers[i], Strategy, Token, amount);
            Core.DelegationManager.DelegateTo(Stakers[i], Operators[i % Operators.Length]);
        }
    }
}
