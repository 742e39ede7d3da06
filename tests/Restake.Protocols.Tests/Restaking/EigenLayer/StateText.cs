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
