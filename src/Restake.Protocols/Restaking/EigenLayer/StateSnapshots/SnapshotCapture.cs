namespace Restake.Protocols.Restaking.EigenLayer.StateSnapshots;

/// <summary>Reads a <see cref="CoreSnapshot"/> from a world through the contracts' view functions only.</summary>
public static class SnapshotCapture
{
    /// <summary>
    /// Captures the state for <paramref name="scope"/>. Minimum slashable stake uses
    /// <c>futureBlock = block + DEALLOCATION_DELAY</c>.
    /// </summary>
    public static CoreSnapshot Capture(EigenLayerCore core, SnapshotScope scope)
    {
        var dm = core.DelegationManager;
        var am = core.AllocationManager;
        var stakers = scope.Accounts.Select(a => new StakerSnapshot(
            a,
            dm.DelegatedTo(a),
            dm.IsOperator(a),
            dm.CumulativeWithdrawalsQueued(a),
            dm.QueuedWithdrawalCount(a),
            scope.Strategies.Select(s =>
            {
                var (withdrawable, deposit) = dm.GetWithdrawableShares(a, s);
                return new StakerStrategySnapshot(s, deposit, withdrawable, dm.DepositScalingFactor(a, s));
            }).ToArray(),
            scope.Tokens.Select(t => new TokenAmount(t, core.Tokens.BalanceOf(t, a))).ToArray(),
            dm.GetQueuedWithdrawals(a).Select(q => new QueuedWithdrawalSnapshot(q.Withdrawal, q.WithdrawableShares)).ToArray())).ToArray();

        var operators = scope.Operators.Select(o =>
        {
            var (isSet, delay) = am.GetAllocationDelay(o);
            return new OperatorSnapshot(o, dm.IsOperator(o), isSet, delay, scope.Strategies.Select(s => new OperatorStrategySnapshot(
                s, dm.OperatorShares(o, s), am.GetMaxMagnitude(o, s), am.GetEncumberedMagnitude(o, s), am.GetAllocatableMagnitude(o, s),
                dm.GetSlashableSharesInQueue(o, s))).ToArray());
        }).ToArray();

        var futureBlock = core.Block + core.Config.DeallocationDelay;
        var sets = new List<OperatorSetSnapshot>();
        foreach (var avs in scope.Avss)
        foreach (var id in am.GetOperatorSetIds(avs))
        {
            var set = new OperatorSet(avs, id);
            var setStrategies = am.GetStrategiesInOperatorSet(set).OrderBy(s => s).ToArray();
            var members = scope.Operators.Select(o => new SetOperatorSnapshot(
                o, am.IsMemberOfOperatorSet(o, set), am.IsOperatorSlashable(o, set),
                scope.Strategies.Select(s =>
                {
                    var alloc = am.GetAllocation(o, set, s);
                    return new AllocationSnapshot(s, alloc.CurrentMagnitude, alloc.PendingDiff, alloc.EffectBlock,
                        am.GetAllocatedStake(set, o, s), am.GetMinimumSlashableStake(set, o, s, futureBlock));
                }).ToArray())).ToArray();
            sets.Add(new OperatorSetSnapshot(set, am.GetMemberCount(set), am.GetSlashCount(set), setStrategies, members));
        }

        var strategies = scope.Strategies.Where(core.Strategies.ContainsKey)
            .Select(s => new StrategySnapshot(s, core.Strategies[s].TotalShares, core.Strategies[s].UnderlyingBalance)).ToArray();
        var burn = scope.Tokens.Select(t => new TokenAmount(t, core.Tokens.BalanceOf(t, EigenLayerCore.DefaultBurnAddress))).ToArray();
        return new CoreSnapshot(core.Block, stakers, operators, sets, strategies, burn, core.StrategyManager.PendingSlashedShares().ToArray());
    }
}
