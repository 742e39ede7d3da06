using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Sandbox.EigenLayer.Bench;

/// <summary>
/// A benchmark world: one whitelisted strategy, funded stakers, registered operators each allocating half its
/// magnitude to the AVS's single operator set.
/// </summary>
public sealed class ElBenchWorld
{
    /// <summary>The core.</summary>
    public EigenLayerCore Core { get; }

    /// <summary>The strategy's underlying token.</summary>
    public Address Token { get; } = Address.Named("token", 0x7000);

    /// <summary>The one strategy.</summary>
    public Address Strategy { get; } = Address.Named("strategy", 0x5000);

    /// <summary>The AVS (its own slasher).</summary>
    public Address Avs { get; } = Address.Named("avs", 0x3000);

    /// <summary>Funded stakers with an unlimited StrategyManager allowance.</summary>
    public Address[] Stakers { get; }

    /// <summary>Registered operators, members of <see cref="Set"/>.</summary>
    public Address[] Operators { get; }

    /// <summary>The AVS's operator set 0.</summary>
    public OperatorSet Set => new(Avs, 0);

    /// <summary>Builds the world at block 1,000 (advanced by one block after the allocations).</summary>
    public ElBenchWorld(int stakers, int operators)
    {
        Core = new EigenLayerCore(EigenLayerConfig.Mainnet, startBlock: 1_000);
        Core.DeployStrategy(Strategy, Token);
        Core.StrategyManager.AddStrategiesToDepositWhitelist(Core.Owner, [Strategy]);
        Stakers = new Address[stakers];
        for (var i = 0; i < stakers; i++) Stakers[i] = Address.Named($"staker{i}", 0x1_0000_0000UL + (ulong)i);
        Operators = new Address[operators];
        for (var i = 0; i < operators; i++) Operators[i] = Address.Named($"operator{i}", 0x2_0000_0000UL + (ulong)i);
        var balance = UInt256.Parse("1000000000000000000000000000000");
        foreach (var account in Stakers.Concat(Operators))
        {
            Core.Tokens.Mint(Token, account, balance);
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

    /// <summary>One slash of the first operator by the smallest wad: one unit of magnitude, so it stays slashable.</summary>
    public SlashingParams SmallestSlash() => new(Operators[0], 0, [Strategy], [UInt256.One], "bench");
}
