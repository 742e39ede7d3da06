using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Sandbox.EigenLayer.Bench;

namespace Restake.Sandbox.Tests.EigenLayer.Bench;

public class SyntheticWorkloadTests
{
    private static readonly Address StrategyA = Address.Named("strategyA", 0x5000);
    private static readonly Address StrategyB = Address.Named("strategyB", 0x5001);

    private static string Fingerprint(SyntheticWorkload w)
    {
        var core = w.Core;
        return string.Join(",", core.Block, core.Strategies[StrategyA].TotalShares, core.Strategies[StrategyB].TotalShares,
            core.StrategyManager.PendingSlashedShares().Count(),
            core.DelegationManager.OperatorShares(Address.Named("operator3", 0x2_0000_0003UL), StrategyA));
    }

    [Fact]
    public void The_same_seed_makes_the_same_calls_and_reaches_the_same_state()
    {
        var a = new SyntheticWorkload(stakers: 50, operators: 4, seed: 7);
        var b = new SyntheticWorkload(stakers: 50, operators: 4, seed: 7);
        var ta = a.Run(3_000);
        var tb = b.Run(3_000);
        Assert.Equal(ta.ToString(), tb.ToString());
        Assert.Equal(Fingerprint(a), Fingerprint(b));
        var c = new SyntheticWorkload(stakers: 50, operators: 4, seed: 8);
        c.Run(3_000);
        Assert.NotEqual(Fingerprint(a), Fingerprint(c));
    }

    [Fact]
    public void Every_kind_of_call_is_made_and_few_revert()
    {
        var tally = new SyntheticWorkload(stakers: 100, operators: 8, seed: 1).Run(5_000);
        Assert.Equal(5_000, tally.Operations);
        foreach (var op in Enum.GetValues<WorkloadOp>()) Assert.True(tally.Calls(op) > 0, $"no {op} calls: {tally}");
        Assert.True(tally.Reverts < tally.Operations / 10, tally.ToString());
        Assert.True(tally.Calls(WorkloadOp.Deposit) > tally.Operations / 4, tally.ToString());
    }

    [Fact]
    public void Strategy_shares_cover_every_staker_deposit_after_the_workload()
    {
        const int stakers = 60;
        var w = new SyntheticWorkload(stakers, operators: 4, seed: 3);
        w.Run(4_000);
        foreach (var strategy in new[] { StrategyA, StrategyB })
        {
            UInt256 held = 0;
            for (var i = 0; i < stakers; i++)
                held += w.Core.StrategyManager.StakerDepositShares(Address.Named($"staker{i}", 0x1_0000_0000UL + (ulong)i), strategy);
            Assert.True(w.Core.Strategies[strategy].TotalShares >= held);
            Assert.False(held.IsZero);
        }
    }
}
