using System.Text;
using Restake.Protocols.Restaking.EigenLayer.StateSnapshots;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>A canonical text of a snapshot, so two snapshots compare by value (records hold lists by reference).</summary>
internal static class StateText
{
    public static string Of(CoreSnapshot s)
    {
        var b = new StringBuilder();
        b.Append("block=").Append(s.Block).Append('\n');
        foreach (var st in s.Stakers)
        {
            b.Append(st with { Strategies = [], TokenBalances = [], QueuedWithdrawals = [] }).Append('\n');
            foreach (var x in st.Strategies) b.Append("  ").Append(x).Append('\n');
            foreach (var x in st.TokenBalances) b.Append("  ").Append(x).Append('\n');
            foreach (var q in st.QueuedWithdrawals)
                b.Append("  ").Append(q.Withdrawal.Nonce).Append(' ').Append(string.Join(",", q.Withdrawal.ScaledShares))
                    .Append(' ').Append(string.Join(",", q.WithdrawableShares)).Append('\n');
        }

        foreach (var o in s.Operators)
        {
            b.Append(o with { Strategies = [] }).Append('\n');
            foreach (var x in o.Strategies) b.Append("  ").Append(x).Append('\n');
        }

        foreach (var set in s.OperatorSets)
        {
            b.Append(set.OperatorSet).Append(' ').Append(set.MemberCount).Append(' ').Append(set.SlashCount).Append(' ')
                .Append(string.Join(",", set.Strategies)).Append('\n');
            foreach (var m in set.Operators)
            {
                b.Append("  ").Append(m.Operator).Append(' ').Append(m.Registered).Append(' ').Append(m.Slashable).Append('\n');
                foreach (var a in m.Allocations) b.Append("    ").Append(a).Append('\n');
            }
        }

        foreach (var x in s.Strategies) b.Append(x).Append('\n');
        foreach (var x in s.BurnAddress) b.Append("burn ").Append(x).Append('\n');
        foreach (var x in s.PendingSlashedShares) b.Append(x).Append('\n');
        return b.ToString();
    }
}

/// <summary>Fast structural equality of snapshots (records hold lists by reference, so the default equality is not enough).</summary>
internal static class SnapshotEquality
{
    public static bool Equal(CoreSnapshot a, CoreSnapshot b) =>
        a.Block == b.Block &&
        Seq(a.Stakers, b.Stakers, (x, y) =>
            x.Account == y.Account && x.DelegatedTo == y.DelegatedTo && x.IsOperator == y.IsOperator &&
            x.CumulativeWithdrawalsQueued == y.CumulativeWithdrawalsQueued && x.QueuedWithdrawalRootsCount == y.QueuedWithdrawalRootsCount &&
            x.Strategies.SequenceEqual(y.Strategies) && x.TokenBalances.SequenceEqual(y.TokenBalances) &&
            Seq(x.QueuedWithdrawals, y.QueuedWithdrawals, (p, q) => p.Withdrawal.SameRoot(q.Withdrawal) && p.WithdrawableShares.SequenceEqual(q.WithdrawableShares))) &&
        Seq(a.Operators, b.Operators, (x, y) =>
            x.Operator == y.Operator && x.IsOperator == y.IsOperator && x.AllocationDelayIsSet == y.AllocationDelayIsSet &&
            x.AllocationDelay == y.AllocationDelay && x.Strategies.SequenceEqual(y.Strategies)) &&
        Seq(a.OperatorSets, b.OperatorSets, (x, y) =>
            x.OperatorSet == y.OperatorSet && x.MemberCount == y.MemberCount && x.SlashCount == y.SlashCount &&
            x.Strategies.SequenceEqual(y.Strategies) &&
            Seq(x.Operators, y.Operators, (p, q) =>
                p.Operator == q.Operator && p.Registered == q.Registered && p.Slashable == q.Slashable && p.Allocations.SequenceEqual(q.Allocations))) &&
        a.Strategies.SequenceEqual(b.Strategies) && a.BurnAddress.SequenceEqual(b.BurnAddress) &&
        a.PendingSlashedShares.SequenceEqual(b.PendingSlashedShares);

    private static bool Seq<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, bool> eq)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!eq(a[i], b[i])) return false;
        return true;
    }

    /// <summary>Asserts equality, showing both texts on failure.</summary>
    public static void AssertEqual(CoreSnapshot expected, CoreSnapshot actual, string context)
    {
        if (!Equal(expected, actual)) Assert.Fail($"{context}\nexpected:\n{StateText.Of(expected)}\nactual:\n{StateText.Of(actual)}");
    }
}
