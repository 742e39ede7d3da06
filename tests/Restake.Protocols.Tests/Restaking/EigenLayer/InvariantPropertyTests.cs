using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Protocols.Restaking.EigenLayer.StateSnapshots;
using Xunit.Abstractions;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>
/// Property tests over random operation sequences (together well over 100 000 operations per run).
/// </summary>
public class InvariantPropertyTests(ITestOutputHelper output)
{
    private const int Iterations = 120;
    private static readonly Gen<Op[]> Sequences = RandomOps.Sequence(120, 200);

    private int _ops;
    private int _reverts;

    private void Run(Action<TestWorld, Op, string?> afterEach, Action<TestWorld, Op>? beforeEach = null, int iterations = Iterations)
    {
        var total = 0;
        var reverts = 0;
        Sequences.Sample(ops =>
        {
            var w = RandomOps.NewWorld();
            foreach (var op in ops)
            {
                beforeEach?.Invoke(w, op);
                var error = RandomOps.Apply(w, op);
                afterEach(w, op, error);
                Interlocked.Increment(ref total);
                if (error is not null) Interlocked.Increment(ref reverts);
            }
        }, iter: iterations, threads: 1, seed: null);
        _ops += total;
        _reverts += reverts;
        output.WriteLine($"{total} operations, {reverts} reverted");
        Assert.True(total >= iterations * 120);
        Assert.True(reverts < total, "every operation reverted: the generator reaches no interesting state");
    }

    [Fact]
    public void Tokens_are_conserved()
    {
        Run((w, op, _) =>
        {
            foreach (var token in new[] { w.TokenA, w.TokenB })
            {
                var sum = UInt256.Zero;
                foreach (var a in w.Accounts) sum += w.Core.Tokens.BalanceOf(token, a);
                foreach (var s in w.Core.Strategies.Keys) sum += w.Core.Tokens.BalanceOf(token, s);
                sum += w.Core.Tokens.BalanceOf(token, EigenLayerCore.DefaultBurnAddress);
                Assert.Equal(w.Core.Tokens.TotalSupply(token), sum);
            }
        });
    }

    [Fact]
    public void Operator_shares_cover_the_withdrawable_shares_of_their_stakers()
    {
        Run((w, op, _) =>
        {
            for (var o = 0; o < 3; o++)
            {
                var operatorAddress = w.Accounts[o];
                foreach (var s in new[] { w.StrategyA, w.StrategyB })
                {
                    var delegated = UInt256.Zero;
                    foreach (var a in w.Accounts)
                        if (w.Dm.DelegatedTo(a) == operatorAddress) delegated += w.Withdrawable(a, s);
                    Assert.True(w.Dm.OperatorShares(operatorAddress, s) >= delegated,
                        $"operator {o} {s}: {w.Dm.OperatorShares(operatorAddress, s)} < {delegated} after {op}");
                }
            }
        });
    }

    [Fact]
    public void Encumbered_magnitude_never_exceeds_max_magnitude_which_never_exceeds_wad()
    {
        Run((w, op, _) =>
        {
            for (var o = 0; o < 3; o++)
            foreach (var s in new[] { w.StrategyA, w.StrategyB })
            {
                var max = w.Am.GetMaxMagnitude(w.Accounts[o], s);
                Assert.True(max <= (ulong)Wad.One);
                Assert.True(w.Am.GetEncumberedMagnitude(w.Accounts[o], s) <= max);
                Assert.True(w.Am.GetStoredEncumberedMagnitude(w.Accounts[o], s) <= max, $"stored encumbered > max after {op}");
            }
        });
    }

    [Fact]
    public void A_slash_never_increases_a_balance_or_a_share()
    {
        CoreSnapshot? before = null;
        var slashes = 0;
        Run(
            (w, op, error) =>
            {
                if (op.Kind != RandomOps.SlashKind || error is not null) return;
                slashes++;
                AssertNothingIncreased(before!, RandomOps.Snapshot(w));
            },
            (w, op) => before = op.Kind == RandomOps.SlashKind ? SnapshotInNextBlock(w) : null);
        output.WriteLine($"{slashes} successful slashes");
        Assert.True(slashes > 100);
    }

    /// <summary>The views as the next call's block sees them before the call (views depend on the block number).</summary>
    private static CoreSnapshot SnapshotInNextBlock(TestWorld w)
    {
        w.Core.Block++;
        try
        {
            return RandomOps.Snapshot(w);
        }
        finally
        {
            w.Core.Block--;
        }
    }

    private static void AssertNothingIncreased(CoreSnapshot before, CoreSnapshot after)
    {
        for (var i = 0; i < before.Stakers.Count; i++)
        {
            var (b, a) = (before.Stakers[i], after.Stakers[i]);
            for (var j = 0; j < b.Strategies.Count; j++)
            {
                Assert.True(a.Strategies[j].DepositShares <= b.Strategies[j].DepositShares);
                Assert.True(a.Strategies[j].WithdrawableShares <= b.Strategies[j].WithdrawableShares);
            }

            for (var j = 0; j < b.TokenBalances.Count; j++) Assert.Equal(b.TokenBalances[j], a.TokenBalances[j]);
            for (var j = 0; j < b.QueuedWithdrawals.Count; j++)
            for (var k = 0; k < b.QueuedWithdrawals[j].WithdrawableShares.Count; k++)
                Assert.True(a.QueuedWithdrawals[j].WithdrawableShares[k] <= b.QueuedWithdrawals[j].WithdrawableShares[k]);
        }

        for (var i = 0; i < before.Operators.Count; i++)
        for (var j = 0; j < before.Operators[i].Strategies.Count; j++)
        {
            var (b, a) = (before.Operators[i].Strategies[j], after.Operators[i].Strategies[j]);
            Assert.True(a.OperatorShares <= b.OperatorShares);
            Assert.True(a.MaxMagnitude <= b.MaxMagnitude);
            Assert.True(a.EncumberedMagnitude <= b.EncumberedMagnitude);
            Assert.True(a.SlashableSharesInQueue <= b.SlashableSharesInQueue);
        }

        for (var i = 0; i < before.OperatorSets.Count; i++)
        for (var j = 0; j < before.OperatorSets[i].Operators.Count; j++)
        for (var k = 0; k < before.OperatorSets[i].Operators[j].Allocations.Count; k++)
        {
            var (b, a) = (before.OperatorSets[i].Operators[j].Allocations[k], after.OperatorSets[i].Operators[j].Allocations[k]);
            Assert.True(a.CurrentMagnitude <= b.CurrentMagnitude);
            // getAllocatedStake floors the proportion current/max to 1e-18, so in a set that was not slashed (same
            // magnitude, smaller max) the view may move up by at most opShares/1e18 + 1 wei; a slashed set only falls.
            var slack = a.CurrentMagnitude == b.CurrentMagnitude
                ? before.Operators[j].Strategies[k].OperatorShares / Wad.One + 2
                : UInt256.Zero;
            Assert.True(a.AllocatedStake <= b.AllocatedStake + slack, $"allocated stake {b.AllocatedStake} -> {a.AllocatedStake}");
        }

        Assert.Equal(before.Strategies, after.Strategies);
        Assert.Equal(before.BurnAddress, after.BurnAddress);
    }

    [Fact]
    public void A_reverted_call_changes_nothing()
    {
        CoreSnapshot? before = null;
        Run(
            (w, op, error) =>
            {
                if (error is null || op.Kind == 13) return;
                SnapshotEquality.AssertEqual(before!, RandomOps.Snapshot(w), $"{op} reverted with {error} but changed the state");
            },
            (w, op) => before = op.Kind == 13 ? null : SnapshotInNextBlock(w));
    }

    /// <summary>Operations whose caller check can be failed by forcing a caller without rights.</summary>
    private static readonly int[] CallerCheckedKinds = [3, 5, 6, 7, 8, 9, RandomOps.SlashKind, 16];

    [Fact]
    public void A_call_from_the_wrong_actor_always_reverts_and_changes_nothing()
    {
        var gen = Gen.Select(RandomOps.Sequence(40, 80), RandomOps.OpGen, Gen.Int[0, CallerCheckedKinds.Length - 1]);
        var checkedCalls = 0;
        gen.Sample((prefix, op, kindIndex) =>
        {
            var w = RandomOps.NewWorld();
            foreach (var p in prefix) RandomOps.Apply(w, p);
            var call = op with { Kind = CallerCheckedKinds[kindIndex] };
            var stranger = w.Accounts[op.A % 2 == 0 ? 5 : 2];
            if (!IsWrongCaller(w, call, stranger)) return;
            var before = SnapshotInNextBlock(w);
            var error = RandomOps.ApplyAs(w, call, stranger);
            Assert.NotNull(error);
            SnapshotEquality.AssertEqual(before, RandomOps.Snapshot(w), $"{call} by {stranger} changed the state");
            Interlocked.Increment(ref checkedCalls);
        }, iter: 250, threads: 1);
        output.WriteLine($"{checkedCalls} wrong-caller calls checked");
        Assert.True(checkedCalls > 100);
    }

    /// <summary>True when <paramref name="caller"/> has no right to make <paramref name="op"/> in the current state.</summary>
    private static bool IsWrongCaller(TestWorld w, Op op, Address caller)
    {
        var acc = w.Accounts;
        var set = RandomOps.SetOf(w, op);
        return op.Kind switch
        {
            3 => caller != acc[op.B] && caller != w.Dm.DelegatedTo(acc[op.B]),
            5 => caller != acc[op.A],
            6 => caller != set.Avs,
            7 or 9 or 16 => caller != acc[op.A % 3],
            8 => caller != acc[op.A % 3] && caller != set.Avs,
            RandomOps.SlashKind => caller != w.Am.GetSlasher(set),
            _ => false,
        };
    }
}
