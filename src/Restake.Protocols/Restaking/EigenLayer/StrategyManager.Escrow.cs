using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>One escrowed entry of slashed shares, as <c>getPendingOperatorSets</c>/<c>getPendingSlashIds</c> list them.</summary>
public readonly record struct PendingSlashedShares(OperatorSet OperatorSet, UInt256 SlashId, Address Strategy, UInt256 Shares);

public sealed partial class StrategyManager
{
    private readonly JournaledMap<(OperatorSet Set, UInt256 SlashId), (Address Strategy, UInt256 Shares)[]> _escrow;
    private readonly JournaledSet<OperatorSet> _pendingOperatorSets;
    private readonly JournaledSetMap<OperatorSet, UInt256> _pendingSlashIds;

    /// <summary><c>getPendingOperatorSets</c>, in contract (EnumerableSet) order.</summary>
    public IReadOnlyList<OperatorSet> GetPendingOperatorSets() => _pendingOperatorSets.Items;

    /// <summary><c>getPendingSlashIds(operatorSet)</c>, in contract order.</summary>
    public IReadOnlyList<UInt256> GetPendingSlashIds(OperatorSet operatorSet) => _pendingSlashIds.Items(operatorSet);

    /// <summary><c>getBurnOrRedistributableShares(operatorSet, slashId)</c>: (strategy, shares) in contract order.</summary>
    public IReadOnlyList<(Address Strategy, UInt256 Shares)> GetBurnOrRedistributableShares(OperatorSet operatorSet, UInt256 slashId) =>
        _escrow[(operatorSet, slashId)] ?? [];

    /// <summary>Every escrow entry: pending sets, then their slash ids, then strategies, all in contract order.</summary>
    public IEnumerable<PendingSlashedShares> PendingSlashedShares()
    {
        foreach (var set in _pendingOperatorSets.Items)
        foreach (var id in _pendingSlashIds.Items(set))
        foreach (var (strategy, shares) in _escrow[(set, id)] ?? [])
            yield return new PendingSlashedShares(set, id, strategy, shares);
    }

    /// <inheritdoc />
    public void IncreaseBurnOrRedistributableShares(Address caller, OperatorSet operatorSet, UInt256 slashId, Address strategy, UInt256 shares)
    {
        using var tx = Journal.Begin();
        RequireDelegationManager(caller);
        var entries = _escrow[(operatorSet, slashId)];
        if (IndexOfStrategy(entries, strategy) >= 0) throw new RevertException(Errors.StrategyAlreadyInSlash);
        _escrow.Set((operatorSet, slashId), CowArray.Append(entries, (strategy, shares)));
        _pendingOperatorSets.Add(operatorSet);
        _pendingSlashIds.Add(operatorSet, slashId);
        tx.Commit();
    }

    /// <summary>
    /// <c>clearBurnOrRedistributableShares(operatorSet, slashId)</c> (permissionless): withdraws every escrowed
    /// strategy of the slash to the set's redistribution recipient (the burn address for ordinary sets) at the current
    /// rate. Returns the token amounts in the escrow's order; an unknown slash returns nothing.
    /// </summary>
    public IReadOnlyList<UInt256> ClearBurnOrRedistributableShares(Address caller, OperatorSet operatorSet, UInt256 slashId)
    {
        using var tx = Journal.Begin();
        // The escrow array is copy-on-write, so this snapshot of it stays valid while entries are cleared.
        var entries = _escrow[(operatorSet, slashId)] ?? [];
        var amounts = new UInt256[entries.Length];
        for (var i = 0; i < entries.Length; i++) amounts[i] = ClearOne(operatorSet, slashId, entries[i].Strategy);
        tx.Commit();
        return amounts;
    }

    /// <summary><c>clearBurnOrRedistributableSharesByStrategy</c> (permissionless): one strategy of one slash.</summary>
    public UInt256 ClearBurnOrRedistributableSharesByStrategy(Address caller, OperatorSet operatorSet, UInt256 slashId, Address strategy)
    {
        using var tx = Journal.Begin();
        var amount = ClearOne(operatorSet, slashId, strategy);
        tx.Commit();
        return amount;
    }

    private UInt256 ClearOne(OperatorSet operatorSet, UInt256 slashId, Address strategy)
    {
        var key = (operatorSet, slashId);
        var entries = _escrow[key] ?? [];
        var index = IndexOfStrategy(entries, strategy);
        var shares = UInt256.Zero;
        if (index >= 0)
        {
            shares = entries[index].Shares;
            var left = CowArray.Remove(entries, entries[index])!;
            if (left.Length == 0) _escrow.Remove(key);
            else _escrow.Set(key, left);
            entries = left;
        }

        var amount = UInt256.Zero;
        if (!shares.IsZero)
        {
            var vault = Core.GetStrategy(strategy);
            var recipient = Core.AllocationManager.GetRedistributionRecipient(operatorSet);
            amount = vault.Withdraw(Self, recipient, vault.UnderlyingToken, shares);
        }

        if (entries.Length == 0)
        {
            _pendingSlashIds.Remove(operatorSet, slashId);
            if (_pendingSlashIds.Count(operatorSet) == 0) _pendingOperatorSets.Remove(operatorSet);
        }

        return amount;
    }

    private static int IndexOfStrategy((Address Strategy, UInt256 Shares)[]? entries, Address strategy)
    {
        if (entries is null) return -1;
        for (var i = 0; i < entries.Length; i++)
            if (entries[i].Strategy == strategy) return i;
        return -1;
    }
}
