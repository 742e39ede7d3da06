using Restake.Protocols.Restaking.EigenLayer;
using static Restake.Protocols.Tests.Restaking.EigenLayer.TestWorld;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>Slashing touches the operator's aggregates only, never per-staker storage.</summary>
public class SlashingCostTests
{
    private static long SlashWrites(int stakers)
    {
        var w = new TestWorld(accounts: stakers + 2);
        var op = w.Accounts[0];
        var avs = w.Accounts[1];
        w.RegisterOperator(op);
        var set = w.CreateSet(avs, 0, w.StrategyA, w.StrategyB);
        w.Register(op, set);
        w.Allocate(op, set, w.StrategyA, E / 2);
        for (var i = 2; i < stakers + 2; i++)
        {
            w.Deposit(w.Accounts[i], w.StrategyA, E);
            w.Next().DelegationManager.DelegateTo(w.Accounts[i], op);
        }

        var before = w.Core.Journal.RecordedWrites;
        var result = w.Slash(set, op, w.StrategyA, E / 3);
        Assert.False(result.Shares[0].IsZero);
        return w.Core.Journal.RecordedWrites - before;
    }

    [Fact]
    public void A_slash_does_the_same_storage_work_for_3_or_300_delegated_stakers() =>
        Assert.Equal(SlashWrites(3), SlashWrites(300));
}
