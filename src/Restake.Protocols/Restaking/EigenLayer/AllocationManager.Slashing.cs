using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

public sealed partial class AllocationManager
{
    /// <summary>
    /// <c>slashOperator(avs, params)</c>: removes <c>⌈current·wad⌉</c> magnitude from the operator's allocation to the set
    /// (and from max and encumbered magnitude), shrinks a pending deallocation by the same proportion, and slashes the
    /// operator's delegated and still-slashable queued shares. Strategies whose allocation is 0 are skipped; the slash
    /// id is consumed regardless. Cost does not depend on the number of delegated stakers.
    /// </summary>
    public SlashResult SlashOperator(Address caller, Address avs, SlashingParams p)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedOperatorSlashing);
        var set = new OperatorSet(avs, p.OperatorSetId);
        if (p.Strategies.Count != p.WadsToSlash.Count) throw new RevertException(Errors.InputArrayLengthMismatch);
        RequireOperatorSet(set);
        if (!IsOperatorSlashable(p.Operator, set)) throw new RevertException(Errors.OperatorNotSlashable);
        if (caller != GetSlasher(set)) throw new RevertException(Errors.InvalidCaller);

        var slashId = _slashIds[set] + UInt256.One;
        _slashIds.Set(set, slashId);
        var shares = new UInt256[p.Strategies.Count];
        for (var i = 0; i < p.Strategies.Count; i++)
        {
            var strategy = p.Strategies[i];
            if (i > 0 && !(strategy > p.Strategies[i - 1])) throw new RevertException(Errors.StrategiesMustBeInAscendingOrder);
            var wad = p.WadsToSlash[i];
            if (wad.IsZero || wad > SlashingLib.WAD) throw new RevertException(Errors.InvalidWadToSlash);
            if (!CowArray.Contains(_setStrategies[set], strategy)) throw new RevertException(Errors.StrategyNotInOperatorSet);

            var (info, alloc) = GetUpdatedAllocation(p.Operator, set, strategy);
            if (alloc.CurrentMagnitude == 0) continue;

            var slashed = (ulong)Wad.MulWadRoundUp(alloc.CurrentMagnitude, wad);
            var prevMax = info.MaxMagnitude;
            var current = Sub(alloc.CurrentMagnitude, slashed);
            info.MaxMagnitude = Sub(info.MaxMagnitude, slashed);
            info.EncumberedMagnitude = Sub(info.EncumberedMagnitude, slashed);
            var pending = alloc.PendingDiff;
            if (pending < 0)
            {
                var slashedPending = (ulong)Wad.MulWadRoundUp((UInt128)(-pending), wad);
                pending += slashedPending;
            }

            alloc = alloc with { CurrentMagnitude = current, PendingDiff = pending };
            UpdateAllocationInfo(p.Operator, set, strategy, info, alloc);
            UpdateMaxMagnitude(p.Operator, strategy, info.MaxMagnitude);
            shares[i] = Core.DelegationManager.SlashOperatorShares(Self, p.Operator, set, slashId, strategy, prevMax, info.MaxMagnitude);
        }

        tx.Commit();
        return new SlashResult(slashId, shares);
    }

    /// <summary>Checked uint64 subtraction: <c>Panic(0x11)</c> on underflow, as Solidity 0.8.</summary>
    private static ulong Sub(ulong a, ulong b) => a >= b ? a - b : throw Panic.OverflowError();
}
