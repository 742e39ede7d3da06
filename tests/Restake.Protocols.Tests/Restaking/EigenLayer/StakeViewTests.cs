using Restake.Protocols.Restaking.EigenLayer;
using static Restake.Protocols.Tests.Restaking.EigenLayer.TestWorld;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>Stake views: allocated stake never zeroes; minimum slashable stake applies due deallocations and slashability now.</summary>
public class StakeViewTests
{
    [Fact]
    public void Minimum_slashable_stake_applies_deallocations_due_by_the_future_block_and_zeroes_unslashable_operators()
    {
        var w = new TestWorld(new EigenLayerConfig { DeallocationDelay = 10, MinWithdrawalDelayBlocks = 5 });
        var (op, staker, avs) = (w.Accounts[0], w.Accounts[1], w.Accounts[7]);
        w.RegisterOperator(op);
        var set = w.CreateSet(avs, 0, w.StrategyA);
        w.Register(op, set);
        w.Deposit(staker, w.StrategyA, 100 * E);
        w.Next().DelegationManager.DelegateTo(staker, op);
        w.Allocate(op, set, w.StrategyA, E / 2);
        w.Allocate(op, set, w.StrategyA, E / 5);
        var block = w.Core.Block;
        Assert.Equal([[50 * E]], w.Am.GetAllocatedStake(set, [op], [w.StrategyA]));
        Assert.Equal([[50 * E]], w.Am.GetMinimumSlashableStake(set, [op], [w.StrategyA], block + 10));
        Assert.Equal([[20 * E]], w.Am.GetMinimumSlashableStake(set, [op], [w.StrategyA], block + 11));

        w.Next().AllocationManager.DeregisterFromOperatorSets(op, op, avs, [0]);
        w.Core.AdvanceBlocks(10);
        Assert.True(w.Am.IsOperatorSlashable(op, set));
        Assert.Equal([[20 * E]], w.Am.GetMinimumSlashableStake(set, [op], [w.StrategyA], w.Core.Block + 10));
        w.Core.AdvanceBlocks(1);
        Assert.False(w.Am.IsOperatorSlashable(op, set));
        Assert.Equal([[Restake.Numerics.UInt256.Zero]], w.Am.GetMinimumSlashableStake(set, [op], [w.StrategyA], w.Core.Block + 10));
        Assert.Equal([[20 * E]], w.Am.GetAllocatedStake(set, [op], [w.StrategyA]));
    }
}
