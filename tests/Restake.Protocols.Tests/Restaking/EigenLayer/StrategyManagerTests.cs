using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using static Restake.Protocols.Tests.Restaking.EigenLayer.TestWorld;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>Strategy lists, the 32-strategy limit, escrow to a redistribution recipient, strategy-level rules.</summary>
public class StrategyManagerTests
{
    private static (TestWorld W, Address[] Strategies) ManyStrategies(int count)
    {
        var w = new TestWorld();
        var strategies = new Address[count];
        for (var i = 0; i < count; i++)
        {
            var token = Address.Named($"token{i}", 0x8000UL + (ulong)i);
            strategies[i] = Address.Named($"strategy{i}", 0x9000UL + (ulong)i);
            w.Core.DeployStrategy(strategies[i], token);
            w.Core.Tokens.Mint(token, w.Accounts[1], 1000 * E);
            w.Core.Tokens.Approve(token, w.Accounts[1], w.Sm.Self, UInt256.MaxValue);
        }

        w.Sm.AddStrategiesToDepositWhitelist(w.Core.Owner, strategies);
        return (w, strategies);
    }

    [Fact]
    public void A_staker_holds_at_most_32_strategies()
    {
        var (w, strategies) = ManyStrategies(33);
        var staker = w.Accounts[1];
        for (var i = 0; i < 32; i++) w.Sm.DepositIntoStrategy(staker, strategies[i], w.Core.Strategies[strategies[i]].UnderlyingToken, E);
        var e = Assert.Throws<RevertException>(() =>
            w.Sm.DepositIntoStrategy(staker, strategies[32], w.Core.Strategies[strategies[32]].UnderlyingToken, E));
        Assert.Equal(Errors.MaxStrategiesExceeded, e.Error);
        Assert.Equal(32, w.Sm.StakerStrategyList(staker).Count);
        w.Sm.DepositIntoStrategy(staker, strategies[0], w.Core.Strategies[strategies[0]].UnderlyingToken, E);
    }

    [Fact]
    public void Emptying_a_strategy_removes_it_by_swap_and_pop()
    {
        var (w, s) = ManyStrategies(4);
        var staker = w.Accounts[1];
        foreach (var strategy in s) w.Sm.DepositIntoStrategy(staker, strategy, w.Core.Strategies[strategy].UnderlyingToken, E);
        w.Dm.QueueWithdrawals(staker, [new QueuedWithdrawalParams([s[1]], [E])]);
        Assert.Equal([s[0], s[3], s[2]], w.Sm.StakerStrategyList(staker));
        w.Dm.QueueWithdrawals(staker, [new QueuedWithdrawalParams([s[0]], [E / 2])]);
        Assert.Equal([s[0], s[3], s[2]], w.Sm.StakerStrategyList(staker));
    }

    [Fact]
    public void Deposits_need_a_whitelisted_strategy_and_its_own_token()
    {
        var w = new TestWorld();
        var staker = w.Accounts[1];
        Assert.Equal(Errors.OnlyUnderlyingToken, Assert.Throws<RevertException>(() => w.Sm.DepositIntoStrategy(staker, w.StrategyA, w.TokenB, E)).Error);
        Assert.Equal(Errors.NewSharesZero, Assert.Throws<RevertException>(() => w.Sm.DepositIntoStrategy(staker, w.StrategyA, w.TokenA, UInt256.Zero)).Error);
        w.Sm.RemoveStrategiesFromDepositWhitelist(w.Core.Owner, [w.StrategyA]);
        Assert.Equal(Errors.StrategyNotWhitelisted, Assert.Throws<RevertException>(() => w.Sm.DepositIntoStrategy(staker, w.StrategyA, w.TokenA, E)).Error);
        Assert.Equal(Funding, w.Core.Tokens.BalanceOf(w.TokenA, staker));
    }

    [Fact]
    public void Total_shares_are_capped()
    {
        var w = new TestWorld(new EigenLayerConfig { MaxTotalShares = 1000 * E });
        w.Deposit(w.Accounts[1], w.StrategyA, 1000 * E);
        Assert.Equal(Errors.TotalSharesExceedsMax, Assert.Throws<RevertException>(() => w.Deposit(w.Accounts[2], w.StrategyA, UInt256.One)).Error);
    }

    [Fact]
    public void A_redistributing_set_sends_cleared_shares_to_its_recipient_and_refuses_beacon_eth()
    {
        var w = new TestWorld();
        var (op, staker, avs) = (w.Accounts[0], w.Accounts[1], w.Accounts[7]);
        var recipient = Address.Named("recipient", 0x7001);
        w.RegisterOperator(op);
        w.Next().AllocationManager.UpdateAVSMetadataURI(avs, avs, "avs");
        Assert.Equal(Errors.InvalidStrategy, Assert.Throws<RevertException>(() => w.Am.CreateRedistributingOperatorSets(avs, avs,
            [new CreateSetParams(0, [EigenLayerCore.BeaconChainEthStrategy])], [recipient])).Error);
        Assert.Equal(Errors.InvalidRedistributionRecipient, Assert.Throws<RevertException>(() => w.Am.CreateRedistributingOperatorSets(avs, avs,
            [new CreateSetParams(0, [w.StrategyA])], [EigenLayerCore.DefaultBurnAddress])).Error);
        w.Am.CreateRedistributingOperatorSets(avs, avs, [new CreateSetParams(0, [w.StrategyA])], [recipient]);
        var set = new OperatorSet(avs, 0);
        Assert.True(w.Am.IsRedistributingOperatorSet(set));
        w.Register(op, set);
        w.Deposit(staker, w.StrategyA, 100 * E);
        w.Next().DelegationManager.DelegateTo(staker, op);
        w.Allocate(op, set, w.StrategyA, E);
        var slash = w.Slash(set, op, w.StrategyA, E / 4);
        Assert.Equal(25 * E, slash.Shares[0]);
        var amount = w.Next().StrategyManager.ClearBurnOrRedistributableSharesByStrategy(op, set, slash.SlashId, w.StrategyA);
        Assert.Equal(25 * E, amount);
        Assert.Equal(25 * E, w.Core.Tokens.BalanceOf(w.TokenA, recipient));
        Assert.Equal(UInt256.Zero, w.Core.Tokens.BalanceOf(w.TokenA, EigenLayerCore.DefaultBurnAddress));
        Assert.Empty(w.Sm.GetPendingSlashIds(set));
    }

    [Fact]
    public void A_fully_slashed_operator_blocks_deposits_and_its_queued_withdrawals_pay_nothing()
    {
        var w = new TestWorld();
        var (op, staker, avs) = (w.Accounts[0], w.Accounts[1], w.Accounts[7]);
        w.RegisterOperator(op);
        var set = w.CreateSet(avs, 0, w.StrategyA);
        w.Register(op, set);
        w.Deposit(staker, w.StrategyA, 10 * E);
        w.Next().DelegationManager.DelegateTo(staker, op);
        w.Allocate(op, set, w.StrategyA, E);
        var queued = w.Next().DelegationManager.QueueWithdrawals(staker, [new QueuedWithdrawalParams([w.StrategyA], [4 * E])])[0];
        w.Slash(set, op, w.StrategyA, E);
        Assert.Equal(0UL, w.Am.GetMaxMagnitude(op, w.StrategyA));
        Assert.Equal(UInt256.Zero, w.Withdrawable(staker, w.StrategyA));
        Assert.Equal(Errors.FullySlashed, Assert.Throws<RevertException>(() => w.Deposit(staker, w.StrategyA, E)).Error);
        w.Core.AdvanceBlocks(w.Core.Config.MinWithdrawalDelayBlocks + 1);
        var before = w.Core.Tokens.BalanceOf(w.TokenA, staker);
        w.Dm.CompleteQueuedWithdrawal(staker, queued.Withdrawal, [w.TokenA], true);
        Assert.Equal(before, w.Core.Tokens.BalanceOf(w.TokenA, staker));
        Assert.Equal(Errors.WithdrawalNotQueued, Assert.Throws<RevertException>(() =>
            w.Dm.CompleteQueuedWithdrawal(staker, queued.Withdrawal, [w.TokenA], true)).Error);
    }
}
