using System.Globalization;
using Restake.Protocols.Restaking.EigenLayer.StateSnapshots;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Restake.Cli.Commands.Sandbox;

/// <summary>Renders an EigenLayer state snapshot as readable tables, one per concern.</summary>
public static class EigenLayerStateTables
{
    /// <summary>The tables of <paramref name="s"/>, keyed by a title, in display order.</summary>
    public static IReadOnlyList<(string Title, IRenderable Table, string Fingerprint)> Render(CoreSnapshot s)
    {
        var list = new List<(string, IRenderable, string)>();
        Add(list, "Stakers", ["account", "delegated to", "strategy", "deposit shares", "withdrawable", "scaling factor", "queued"],
            s.Stakers.SelectMany(st => st.Strategies.Where(x => !x.IsDefault).Select(x => new[]
            {
                st.Account.Name, st.DelegatedTo.IsZero ? "-" : st.DelegatedTo.Name, x.Strategy.Name, x.DepositShares.ToString(),
                x.WithdrawableShares.ToString(), x.DepositScalingFactor.ToString(), st.QueuedWithdrawalRootsCount.ToString(CultureInfo.InvariantCulture),
            })));
        Add(list, "Queued withdrawals", ["staker", "nonce", "from operator", "start block", "strategy", "scaled shares", "withdrawable now"],
            s.Stakers.SelectMany(st => st.QueuedWithdrawals.SelectMany(q => q.Withdrawal.Strategies.Select((strategy, i) => new[]
            {
                st.Account.Name, q.Withdrawal.Nonce.ToString(), q.Withdrawal.DelegatedTo.IsZero ? "-" : q.Withdrawal.DelegatedTo.Name,
                q.Withdrawal.StartBlock.ToString(CultureInfo.InvariantCulture), strategy.Name, q.Withdrawal.ScaledShares[i].ToString(),
                q.WithdrawableShares[i].ToString(),
            }))));
        Add(list, "Operators", ["operator", "strategy", "operator shares", "max magnitude", "encumbered", "allocatable", "slashable in queue"],
            s.Operators.Where(o => o.IsOperator).SelectMany(o => o.Strategies.Select(x => new[]
            {
                o.Operator.Name, x.Strategy.Name, x.OperatorShares.ToString(), Mag(x.MaxMagnitude), Mag(x.EncumberedMagnitude),
                Mag(x.AllocatableMagnitude), x.SlashableSharesInQueue.ToString(),
            })));
        Add(list, "Allocations", ["set", "operator", "registered", "strategy", "magnitude", "pending", "effect block", "allocated stake"],
            s.OperatorSets.SelectMany(set => set.Operators.SelectMany(o => o.Allocations
                .Where(a => a.CurrentMagnitude != 0 || a.PendingDiff != 0 || o.Registered)
                .Select(a => new[]
                {
                    set.OperatorSet.ToString(), o.Operator.Name, o.Registered ? "yes" : (o.Slashable ? "slashable" : "no"), a.Strategy.Name,
                    Mag(a.CurrentMagnitude), a.PendingDiff.ToString(CultureInfo.InvariantCulture),
                    a.EffectBlock.ToString(CultureInfo.InvariantCulture), a.AllocatedStake.ToString(),
                }))));
        Add(list, "Strategies", ["strategy", "total shares", "token balance"],
            s.Strategies.Select(x => new[] { x.Strategy.Name, x.TotalShares.ToString(), x.UnderlyingBalance.ToString() }));
        Add(list, "Slashed, awaiting clearing", ["set", "slash id", "strategy", "shares"],
            s.PendingSlashedShares.Select(p => new[] { p.OperatorSet.ToString(), p.SlashId.ToString(), p.Strategy.Name, p.Shares.ToString() }));
        Add(list, "Burned", ["token", "amount"],
            s.BurnAddress.Where(b => !b.Amount.IsZero).Select(b => new[] { b.Token.Name, b.Amount.ToString() }));
        return list;
    }

    /// <summary>Magnitude as a percentage with its raw WAD value, e.g. <c>50% (500000000000000000)</c>.</summary>
    private static string Mag(ulong wad) =>
        $"{(wad / 1e16).ToString("0.####", CultureInfo.InvariantCulture)}% ({wad.ToString(CultureInfo.InvariantCulture)})";

    private static void Add(List<(string, IRenderable, string)> list, string title, string[] headers, IEnumerable<string[]> rows)
    {
        var materialised = rows.ToList();
        if (materialised.Count == 0) return;
        var table = new Table().Border(TableBorder.Simple).Title(title);
        foreach (var h in headers) table.AddColumn(new TableColumn(h));
        foreach (var r in materialised) table.AddRow(r.Select(Markup.Escape).ToArray());
        list.Add((title, table, string.Join('\n', materialised.Select(r => string.Join('|', r)))));
    }
}
