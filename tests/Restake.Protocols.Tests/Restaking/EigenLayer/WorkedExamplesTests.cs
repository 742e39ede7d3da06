using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using static Restake.Protocols.Tests.Restaking.EigenLayer.TestWorld;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>The worked examples 9.1–9.5, 9.7 and 9.11 of the EigenLayer reference, with their exact numbers.</summary>
public class WorkedExamplesTests
{
    private sealed class Example91
    {
        public readonly TestWorld W = new();
        public Address O => W.Accounts[0];
        public Address A => W.Accounts[1];
        public Address Avs => W.Accounts[7];
        public OperatorSet X;

        public Example91()
        {
            W.RegisterOperator(O);
            W.Next().DelegationManager.DelegateTo(A, O);
            X = W.CreateSet(Avs, 1, W.StrategyA);
            W.Register(O, X);
        }
    }

    [Fact]
    public void Example_9_1_deposit_delegate_allocate_slash_half()
    {
        var x = new Example91();
        var w = x.W;
        Assert.Equal(U("100_000_000_000_000_000_000"), w.Deposit(x.A, w.StrategyA, 100 * E));
        Assert.Equal(100 * E, w.Core.Strategies[w.StrategyA].TotalShares);
        Assert.Equal(E, w.Dm.DepositScalingFactor(x.A, w.StrategyA));
        Assert.Equal(100 * E, w.Dm.OperatorShares(x.O, w.StrategyA));

        w.Allocate(x.O, x.X, w.StrategyA, 5 * E / 10);
        Assert.Equal(5 * E / 10, (UInt256)w.Am.GetEncumberedMagnitude(x.O, w.StrategyA));
        Assert.Equal(5 * E / 10, (UInt256)w.Am.GetAllocation(x.O, x.X, w.StrategyA).CurrentMagnitude);

        var slash = w.Slash(x.X, x.O, w.StrategyA, 5 * E / 10);
        Assert.Equal(UInt256.One, slash.SlashId);
        Assert.Equal(U("250_000_000_000_000_000"), (UInt256)w.Am.GetAllocation(x.O, x.X, w.StrategyA).CurrentMagnitude);
        Assert.Equal(U("750_000_000_000_000_000"), (UInt256)w.Am.GetMaxMagnitude(x.O, w.StrategyA));
        Assert.Equal(U("250_000_000_000_000_000"), (UInt256)w.Am.GetEncumberedMagnitude(x.O, w.StrategyA));
        Assert.Equal(U("25_000_000_000_000_000_000"), slash.Shares[0]);
        Assert.Equal(75 * E, w.Dm.OperatorShares(x.O, w.StrategyA));
        var escrow = Assert.Single(w.Sm.PendingSlashedShares());
        Assert.Equal(new PendingSlashedShares(x.X, UInt256.One, w.StrategyA, 25 * E), escrow);
        Assert.Equal(U("75_000_000_000_000_000_000"), w.Withdrawable(x.A, w.StrategyA));
        Assert.Equal(100 * E, w.Sm.StakerDepositShares(x.A, w.StrategyA));
    }

    private static Example91 Through92()
    {
        var x = new Example91();
        var w = x.W;
        w.Deposit(x.A, w.StrategyA, 100 * E);
        w.Allocate(x.O, x.X, w.StrategyA, 5 * E / 10);
        w.Slash(x.X, x.O, w.StrategyA, 5 * E / 10);
        Assert.Equal(100 * E, w.Deposit(x.A, w.StrategyA, 100 * E));
        return x;
    }

    [Fact]
    public void Example_9_2_deposit_after_slash_forgives_and_drifts_100_wei()
    {
        var x = Through92();
        var w = x.W;
        Assert.Equal(U("1_166_666_666_666_666_666"), w.Dm.DepositScalingFactor(x.A, w.StrategyA));
        Assert.Equal(200 * E, w.Sm.StakerDepositShares(x.A, w.StrategyA));
        Assert.Equal(175 * E, w.Dm.OperatorShares(x.O, w.StrategyA));
        Assert.Equal(U("174_999_999_999_999_999_900"), w.Withdrawable(x.A, w.StrategyA));
    }

    [Fact]
    public void Examples_9_3_and_9_4_queue_slash_in_window_then_complete_as_tokens()
    {
        var x = Through92();
        var w = x.W;
        var queued = Assert.Single(w.Next().DelegationManager.QueueWithdrawals(x.A, [new QueuedWithdrawalParams([w.StrategyA], [200 * E])]));
        var t = w.Core.Block;
        Assert.Equal(U("174_999_999_999_999_999_900"), queued.SharesToWithdraw[0]);
        Assert.Equal(U("233_333_333_333_333_333_200"), queued.Withdrawal.ScaledShares[0]);
        Assert.Equal(U("100"), w.Dm.OperatorShares(x.O, w.StrategyA));
        Assert.Empty(w.Sm.StakerStrategyList(x.A));
        Assert.Equal(E, w.Dm.DepositScalingFactor(x.A, w.StrategyA));

        w.Core.AdvanceBlocks(9);
        var slash = w.Slash(x.X, x.O, w.StrategyA, E / 10);
        Assert.Equal(t + 10, w.Core.Block);
        Assert.Equal(U("225_000_000_000_000_000"), (UInt256)w.Am.GetAllocation(x.O, x.X, w.StrategyA).CurrentMagnitude);
        Assert.Equal(U("725_000_000_000_000_000"), (UInt256)w.Am.GetMaxMagnitude(x.O, w.StrategyA));
        Assert.Equal(U("97"), w.Dm.OperatorShares(x.O, w.StrategyA));
        Assert.Equal(U("5_833_333_333_333_333_333"), slash.Shares[0]);
        Assert.Equal(U("2"), slash.SlashId);

        var completeAt = t + w.Core.Config.MinWithdrawalDelayBlocks + 1;
        w.Core.Block = completeAt - 1;
        var early = Assert.Throws<RevertException>(() =>
            w.Dm.CompleteQueuedWithdrawal(x.A, queued.Withdrawal, [w.TokenA], true));
        Assert.Equal(Errors.WithdrawalDelayNotElapsed, early.Error);
        w.Core.Block = completeAt;
        var before = w.Core.Tokens.BalanceOf(w.TokenA, x.A);
        w.Dm.CompleteQueuedWithdrawal(x.A, queued.Withdrawal, [w.TokenA], true);
        Assert.Equal(U("169_166_666_666_666_666_570"), w.Core.Tokens.BalanceOf(w.TokenA, x.A) - before);
    }

    [Fact]
    public void Example_9_5_delegating_to_a_slashed_operator_and_to_a_fully_slashed_one()
    {
        var w = new TestWorld();
        var p = w.Accounts[0];
        var c = w.Accounts[1];
        var avs = w.Accounts[7];
        w.RegisterOperator(p);
        var set = w.CreateSet(avs, 0, w.StrategyA);
        w.Register(p, set);
        w.Allocate(p, set, w.StrategyA, E);
        w.Slash(set, p, w.StrategyA, E / 2);
        Assert.Equal(E / 2, (UInt256)w.Am.GetMaxMagnitude(p, w.StrategyA));

        w.Deposit(c, w.StrategyA, 100 * E);
        w.Next().DelegationManager.DelegateTo(c, p);
        Assert.Equal(2 * E, w.Dm.DepositScalingFactor(c, w.StrategyA));
        Assert.Equal(100 * E, w.Dm.OperatorShares(p, w.StrategyA));
        Assert.Equal(100 * E, w.Withdrawable(c, w.StrategyA));

        w.Slash(set, p, w.StrategyA, E);
        Assert.Equal(0UL, w.Am.GetMaxMagnitude(p, w.StrategyA));
        var d = w.Accounts[2];
        w.Deposit(d, w.StrategyA, 100 * E);
        var e = Assert.Throws<RevertException>(() => w.Next().DelegationManager.DelegateTo(d, p));
        Assert.Equal(Errors.FullySlashed, e.Error);
        Assert.True(w.Dm.DelegatedTo(d).IsZero);
    }

    [Fact]
    public void Example_9_7_slash_with_pending_deallocation()
    {
        var w = new TestWorld();
        var o = w.Accounts[0];
        var avs = w.Accounts[7];
        w.RegisterOperator(o);
        var y = w.CreateSet(avs, 3, w.StrategyA);
        w.Register(o, y);
        w.Allocate(o, y, w.StrategyA, 6 * E / 10);
        w.Allocate(o, y, w.StrategyA, 2 * E / 10);
        var pending = w.Am.GetAllocation(o, y, w.StrategyA);
        Assert.Equal(-(Int128)(ulong)(4 * E / 10), pending.PendingDiff);
        Assert.Equal(6 * E / 10, (UInt256)w.Am.GetEncumberedMagnitude(o, w.StrategyA));

        w.Slash(y, o, w.StrategyA, 3 * E / 10);
        var after = w.Am.GetAllocation(o, y, w.StrategyA);
        Assert.Equal(U("420_000_000_000_000_000"), (UInt256)after.CurrentMagnitude);
        Assert.Equal(-(Int128)280_000_000_000_000_000L, after.PendingDiff);
        Assert.Equal(U("820_000_000_000_000_000"), (UInt256)w.Am.GetMaxMagnitude(o, w.StrategyA));
        Assert.Equal(U("420_000_000_000_000_000"), (UInt256)w.Am.GetEncumberedMagnitude(o, w.StrategyA));

        w.Core.Block = pending.EffectBlock;
        w.Am.ClearDeallocationQueue(o, o, [w.StrategyA], [1]);
        Assert.Equal(U("140_000_000_000_000_000"), (UInt256)w.Am.GetAllocation(o, y, w.StrategyA).CurrentMagnitude);
        Assert.Equal(U("140_000_000_000_000_000"), (UInt256)w.Am.GetStoredEncumberedMagnitude(o, w.StrategyA));
        Assert.Equal(U("680_000_000_000_000_000"), (UInt256)w.Am.GetAllocatableMagnitude(o, w.StrategyA));
        Assert.Empty(w.Am.GetDeallocationQueue(o, w.StrategyA));
    }

    [Fact]
    public void Example_9_11_exchange_rate_with_donation_and_clearing_at_rate_one()
    {
        var w = new TestWorld();
        w.Deposit(w.Accounts[0], w.StrategyA, 100 * E);
        w.Core.Tokens.Transfer(w.TokenA, w.Accounts[1], w.StrategyA, 10 * E);
        Assert.Equal(U("9_090_909_090_909_090_917"), w.Deposit(w.Accounts[2], w.StrategyA, 10 * E));
        Assert.Equal(U("1_099_999_999_999_999_999"), w.Core.Strategies[w.StrategyA].SharesToUnderlyingView(E));

        var x = Through92();
        var v = x.W;
        var vault = v.Core.Strategies[v.StrategyA];
        Assert.Equal(200 * E, vault.TotalShares);
        Assert.Equal(200 * E, vault.UnderlyingBalance);
        var amounts = v.Next().StrategyManager.ClearBurnOrRedistributableShares(x.O, x.X, UInt256.One);
        Assert.Equal([25 * E], amounts);
        Assert.Equal(175 * E, vault.TotalShares);
        Assert.Equal(175 * E, vault.UnderlyingBalance);
        Assert.Equal(25 * E, v.Core.Tokens.BalanceOf(v.TokenA, EigenLayerCore.DefaultBurnAddress));
        Assert.Empty(v.Sm.PendingSlashedShares());
        Assert.Empty(v.Sm.GetPendingOperatorSets());
    }
}
