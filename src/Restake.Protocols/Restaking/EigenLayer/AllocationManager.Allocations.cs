using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

public sealed partial class AllocationManager
{
    private readonly JournaledMap<Address, OperatorSet[]> _allocatedSets;
    private readonly JournaledMap<(Address Operator, OperatorSet Set), Address[]> _allocatedStrategies;
    private readonly JournaledMap<(Address Operator, OperatorSet Set, Address Strategy), Allocation> _allocations;
    private readonly JournaledMap<(Address Operator, Address Strategy), ulong> _encumbered;
    private readonly JournaledMap<(Address Operator, Address Strategy), OperatorSet[]> _deallocationQueue;
    private readonly Dictionary<(Address Operator, Address Strategy), Snapshots> _maxMagnitudeHistory = new();

    /// <summary>(max magnitude, encumbered magnitude) of one (operator, strategy), as <c>StrategyInfo</c>.</summary>
    private struct StrategyInfo
    {
        public ulong MaxMagnitude;
        public ulong EncumberedMagnitude;
    }

    /// <summary>
    /// <c>modifyAllocations(operator, params)</c>: allocations take effect after the operator's allocation delay;
    /// deallocations of slashable allocations after <c>DEALLOCATION_DELAY + 1</c> blocks (instantly otherwise).
    /// </summary>
    public void ModifyAllocations(Address caller, Address @operator, IReadOnlyList<AllocateParams> allocations)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedModifyAllocations);
        RequireCanCall(@operator, caller, "modifyAllocations");
        var (isSet, delay) = GetAllocationDelay(@operator);
        if (!isSet) throw new RevertException(Errors.UninitializedAllocationDelay);
        foreach (var p in allocations)
        {
            if (p.Strategies.Count != p.NewMagnitudes.Count) throw new RevertException(Errors.InputArrayLengthMismatch);
            var set = p.OperatorSet;
            RequireOperatorSet(set);
            var operatorSlashable = IsOperatorSlashable(@operator, set);
            for (var j = 0; j < p.Strategies.Count; j++)
            {
                var strategy = p.Strategies[j];
                ClearDeallocationQueueInternal(@operator, strategy, ushort.MaxValue);
                var (info, alloc) = GetUpdatedAllocation(@operator, set, strategy);
                if (alloc.EffectBlock != 0) throw new RevertException(Errors.ModificationAlreadyPending);
                var slashable = operatorSlashable && CowArray.Contains(_setStrategies[set], strategy) && alloc.CurrentMagnitude != 0;
                var target = p.NewMagnitudes[j];
                var diff = (Int128)target - alloc.CurrentMagnitude;
                if (diff == 0) throw new RevertException(Errors.SameMagnitude);
                if (diff < 0)
                {
                    if (slashable)
                    {
                        _deallocationQueue.Set((@operator, strategy), CowArray.Append(_deallocationQueue[(@operator, strategy)], set));
                        alloc = alloc with { PendingDiff = diff, EffectBlock = Block + Core.Config.DeallocationDelay + 1 };
                    }
                    else
                    {
                        info.EncumberedMagnitude = AddInt128(info.EncumberedMagnitude, diff);
                        alloc = new Allocation(target, 0, Block);
                    }
                }
                else
                {
                    info.EncumberedMagnitude = AddInt128(info.EncumberedMagnitude, diff);
                    if (info.EncumberedMagnitude > info.MaxMagnitude) throw new RevertException(Errors.InsufficientMagnitude);
                    alloc = alloc with { PendingDiff = diff, EffectBlock = Block + delay };
                }

                UpdateAllocationInfo(@operator, set, strategy, info, alloc);
            }
        }

        tx.Commit();
    }

    /// <summary><c>clearDeallocationQueue(operator, strategies, numToClear)</c> (permissionless).</summary>
    public void ClearDeallocationQueue(Address caller, Address @operator, IReadOnlyList<Address> strategies, IReadOnlyList<ushort> numToClear)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedModifyAllocations);
        if (strategies.Count != numToClear.Count) throw new RevertException(Errors.InputArrayLengthMismatch);
        for (var i = 0; i < strategies.Count; i++) ClearDeallocationQueueInternal(@operator, strategies[i], numToClear[i]);
        tx.Commit();
    }

    private void ClearDeallocationQueueInternal(Address @operator, Address strategy, ushort numToClear)
    {
        var cleared = 0;
        while (cleared < numToClear)
        {
            var queue = _deallocationQueue[(@operator, strategy)];
            if (queue is null || queue.Length == 0) break;
            var set = queue[0];
            var (info, alloc) = GetUpdatedAllocation(@operator, set, strategy);
            if (Block < alloc.EffectBlock) break;
            UpdateAllocationInfo(@operator, set, strategy, info, alloc);
            _deallocationQueue.Set((@operator, strategy), CowArray.PopFront(queue));
            cleared++;
        }
    }

    /// <summary>The allocation as of now: a pending change whose effect block has been reached is applied.</summary>
    private (StrategyInfo Info, Allocation Allocation) GetUpdatedAllocation(Address @operator, OperatorSet set, Address strategy)
    {
        var info = new StrategyInfo
        {
            MaxMagnitude = GetMaxMagnitude(@operator, strategy),
            EncumberedMagnitude = _encumbered[(@operator, strategy)],
        };
        var alloc = _allocations[(@operator, set, strategy)];
        if (Block < alloc.EffectBlock) return (info, alloc);
        var current = AddInt128(alloc.CurrentMagnitude, alloc.PendingDiff);
        if (alloc.PendingDiff < 0) info.EncumberedMagnitude = AddInt128(info.EncumberedMagnitude, alloc.PendingDiff);
        return (info, new Allocation(current, 0, 0));
    }

    private void UpdateAllocationInfo(Address @operator, OperatorSet set, Address strategy, StrategyInfo info, Allocation alloc)
    {
        if (info.EncumberedMagnitude != _encumbered[(@operator, strategy)]) _encumbered.Set((@operator, strategy), info.EncumberedMagnitude);
        _allocations.Set((@operator, set, strategy), alloc);
        if (alloc.PendingDiff != 0)
        {
            var sets = CowArray.Add(_allocatedSets[@operator], set);
            if (sets is not null) _allocatedSets.Set(@operator, sets);
            var strategies = CowArray.Add(_allocatedStrategies[(@operator, set)], strategy);
            if (strategies is not null) _allocatedStrategies.Set((@operator, set), strategies);
        }
        else if (alloc.CurrentMagnitude == 0)
        {
            var strategies = CowArray.Remove(_allocatedStrategies[(@operator, set)], strategy);
            if (strategies is not null) _allocatedStrategies.Set((@operator, set), strategies);
            if ((_allocatedStrategies[(@operator, set)]?.Length ?? 0) == 0)
            {
                var sets = CowArray.Remove(_allocatedSets[@operator], set);
                if (sets is not null) _allocatedSets.Set(@operator, sets);
            }
        }
    }

    private void UpdateMaxMagnitude(Address @operator, Address strategy, ulong newMax) =>
        History(@operator, strategy).Push(Block, newMax);

    private Snapshots History(Address @operator, Address strategy)
    {
        if (!_maxMagnitudeHistory.TryGetValue((@operator, strategy), out var h))
        {
            h = new Snapshots(Journal, SlashingLib.WAD);
            _maxMagnitudeHistory[(@operator, strategy)] = h;
        }

        return h;
    }

    /// <summary><c>_addInt128</c>: a uint64 plus a signed diff; a result outside uint64 reverts.</summary>
    private static ulong AddInt128(ulong a, Int128 diff)
    {
        var r = (Int128)a + diff;
        if (r < 0 || r > ulong.MaxValue) throw Panic.OverflowError();
        return (ulong)r;
    }
}
