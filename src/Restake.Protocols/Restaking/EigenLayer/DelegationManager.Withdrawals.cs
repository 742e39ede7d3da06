using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

public sealed partial class DelegationManager
{
    private readonly JournaledMap<(Address Staker, UInt256 Nonce), Withdrawal> _queued;
    private readonly JournaledSetMap<Address, UInt256> _queuedNonces;
    private readonly JournaledMap<Address, UInt256> _cumulativeWithdrawalsQueued;
    private readonly Dictionary<(Address Operator, Address Strategy), Snapshots> _cumulativeScaledShares = new();

    /// <summary><c>cumulativeWithdrawalsQueued(staker)</c>: the next nonce.</summary>
    public UInt256 CumulativeWithdrawalsQueued(Address staker) => _cumulativeWithdrawalsQueued[staker];

    /// <summary>Number of the staker's withdrawals still queued.</summary>
    public int QueuedWithdrawalCount(Address staker) => _queuedNonces.Count(staker);

    /// <summary>The staker's queued withdrawals in the contract's set order (not necessarily by nonce).</summary>
    public IReadOnlyList<Withdrawal> GetQueuedWithdrawalStructs(Address staker)
    {
        var nonces = _queuedNonces.Items(staker);
        var result = new Withdrawal[nonces.Count];
        for (var i = 0; i < nonces.Count; i++) result[i] = _queued[(staker, nonces[i])]!;
        return result;
    }

    /// <summary>
    /// <c>getQueuedWithdrawals(staker)</c>: each withdrawal with what completing it now would pay per strategy —
    /// <c>mulWad(scaled, m)</c> with m of its own operator at <c>min(startBlock + MIN_DELAY, now)</c>.
    /// </summary>
    public IReadOnlyList<(Withdrawal Withdrawal, IReadOnlyList<UInt256> WithdrawableShares)> GetQueuedWithdrawals(Address staker)
    {
        var list = GetQueuedWithdrawalStructs(staker);
        var result = new (Withdrawal, IReadOnlyList<UInt256>)[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var w = list[i];
            var at = Math.Min(w.StartBlock + Core.Config.MinWithdrawalDelayBlocks, Block);
            var shares = new UInt256[w.Strategies.Count];
            for (var j = 0; j < shares.Length; j++)
                shares[j] = SlashingLib.ScaleForCompleteWithdrawal(w.ScaledShares[j], SlashingFactorAtBlock(w.Staker, w.DelegatedTo, w.Strategies[j], at));
            result[i] = (w, shares);
        }

        return result;
    }

    /// <summary>True when this exact withdrawal struct is queued (<c>pendingWithdrawals[root]</c>).</summary>
    public bool IsPending(Withdrawal withdrawal) =>
        _queued.TryGet((withdrawal.Staker, withdrawal.Nonce), out var stored) && stored.SameRoot(withdrawal);

    /// <summary><c>getWithdrawableShares(staker, strategy)</c> and the deposit shares behind it.</summary>
    public (UInt256 Withdrawable, UInt256 Deposit) GetWithdrawableShares(Address staker, Address strategy)
    {
        var deposit = ShareManager(strategy).StakerDepositShares(staker, strategy);
        var sf = SlashingFactor(staker, _delegatedTo[staker], strategy);
        return (SlashingLib.CalcWithdrawable(deposit, _depositScalingFactor[(staker, strategy)], sf), deposit);
    }

    /// <summary>
    /// <c>getSlashableSharesInQueue(operator, strategy)</c>: <c>mulWad(W, maxMagnitude)</c> where W is the scaled shares
    /// queued from the operator in the last <c>MIN_WITHDRAWAL_DELAY_BLOCKS</c> blocks (inclusive).
    /// </summary>
    public UInt256 GetSlashableSharesInQueue(Address @operator, Address strategy) =>
        Wad.MulWad(SlashableScaledSharesInQueue(@operator, strategy), Core.AllocationManager.GetMaxMagnitude(@operator, strategy));

    private UInt256 SlashableScaledSharesInQueue(Address @operator, Address strategy)
    {
        if (!_cumulativeScaledShares.TryGetValue((@operator, strategy), out var h) || h.Length == 0) return UInt256.Zero;
        // On chain this uint32 subtraction would revert below block MIN_DELAY + 1; a world that starts at a low block
        // simply treats all history as inside the window.
        var lookup = Block - Core.Config.MinWithdrawalDelayBlocks - 1;
        return h.Latest() - h.UpperLookup(lookup);
    }

    /// <summary><c>queueWithdrawals(params)</c>: removes deposit shares now and queues them for completion after the delay.</summary>
    public IReadOnlyList<QueuedWithdrawal> QueueWithdrawals(Address caller, IReadOnlyList<QueuedWithdrawalParams> queue)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedEnterWithdrawalQueue);
        var @operator = _delegatedTo[caller];
        var result = new QueuedWithdrawal[queue.Count];
        for (var i = 0; i < queue.Count; i++)
        {
            var p = queue[i];
            if (p.Strategies.Count != p.DepositShares.Count) throw new RevertException(Errors.InputArrayLengthMismatch);
            var factors = SlashingFactors(caller, @operator, p.Strategies);
            result[i] = RemoveSharesAndQueueWithdrawal(caller, @operator, p.Strategies, p.DepositShares, factors);
        }

        tx.Commit();
        return result;
    }

    private QueuedWithdrawal RemoveSharesAndQueueWithdrawal(Address staker, Address @operator, IReadOnlyList<Address> strategies,
        IReadOnlyList<UInt256> depositShares, UInt256[] factors)
    {
        if (staker.IsZero) throw new RevertException(Errors.InputAddressZero);
        if (strategies.Count == 0) throw new RevertException(Errors.InputArrayLengthZero);
        var scaled = new UInt256[strategies.Count];
        var withdrawable = new UInt256[strategies.Count];
        for (var i = 0; i < strategies.Count; i++)
        {
            var strategy = strategies[i];
            var dsf = _depositScalingFactor[(staker, strategy)];
            withdrawable[i] = SlashingLib.CalcWithdrawable(depositShares[i], dsf, factors[i]);
            scaled[i] = SlashingLib.ScaleForQueueWithdrawal(depositShares[i], dsf);
            if (!@operator.IsZero)
            {
                var history = ScaledSharesHistory(@operator, strategy);
                history.Push(Block, history.Latest() + scaled[i]);
                DecreaseDelegation(@operator, strategy, withdrawable[i]);
            }

            var left = ShareManager(strategy).RemoveDepositShares(Self, staker, strategy, depositShares[i]);
            if (left.IsZero) _depositScalingFactor.Remove((staker, strategy));
        }

        var nonce = _cumulativeWithdrawalsQueued[staker];
        _cumulativeWithdrawalsQueued.Set(staker, nonce + UInt256.One);
        var withdrawal = new Withdrawal(staker, @operator, staker, nonce, Block, strategies.ToArray(), scaled);
        _queued.Set((staker, nonce), withdrawal);
        _queuedNonces.Add(staker, nonce);
        return new QueuedWithdrawal(withdrawal, withdrawable);
    }

    /// <summary>
    /// <c>completeQueuedWithdrawal(withdrawal, tokens, receiveAsTokens)</c>: after the delay, pays
    /// <c>mulWad(scaled, m at startBlock + MIN_DELAY)</c> per strategy as tokens, or re-credits it as shares under the
    /// staker's current operator.
    /// </summary>
    public void CompleteQueuedWithdrawal(Address caller, Withdrawal withdrawal, IReadOnlyList<Address> tokens, bool receiveAsTokens)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedExitWithdrawalQueue);
        CompleteInternal(caller, withdrawal, tokens, receiveAsTokens);
        tx.Commit();
    }

    /// <summary><c>completeQueuedWithdrawals(withdrawals, tokens, receiveAsTokens)</c>.</summary>
    public void CompleteQueuedWithdrawals(Address caller, IReadOnlyList<Withdrawal> withdrawals, IReadOnlyList<IReadOnlyList<Address>> tokens, IReadOnlyList<bool> receiveAsTokens)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedExitWithdrawalQueue);
        if (withdrawals.Count != tokens.Count || withdrawals.Count != receiveAsTokens.Count)
            throw new RevertException(Errors.InputArrayLengthMismatch);
        for (var i = 0; i < withdrawals.Count; i++) CompleteInternal(caller, withdrawals[i], tokens[i], receiveAsTokens[i]);
        tx.Commit();
    }

    private void CompleteInternal(Address caller, Withdrawal withdrawal, IReadOnlyList<Address> tokens, bool receiveAsTokens)
    {
        if (tokens.Count != withdrawal.Strategies.Count) throw new RevertException(Errors.InputArrayLengthMismatch);
        if (caller != withdrawal.Withdrawer) throw new RevertException(Errors.WithdrawerNotCaller);
        if (!IsPending(withdrawal)) throw new RevertException(Errors.WithdrawalNotQueued);
        var slashableUntil = withdrawal.StartBlock + Core.Config.MinWithdrawalDelayBlocks;
        if (Block <= slashableUntil) throw new RevertException(Errors.WithdrawalDelayNotElapsed);
        var n = withdrawal.Strategies.Count;
        var prevFactors = new UInt256[n];
        for (var i = 0; i < n; i++)
            prevFactors[i] = SlashingFactorAtBlock(withdrawal.Staker, withdrawal.DelegatedTo, withdrawal.Strategies[i], slashableUntil);

        var staker = withdrawal.Staker;
        _queued.Remove((staker, withdrawal.Nonce));
        _queuedNonces.Remove(staker, withdrawal.Nonce);

        var newOperator = _delegatedTo[staker];
        var newFactors = SlashingFactors(staker, newOperator, withdrawal.Strategies);
        for (var i = 0; i < n; i++)
        {
            var strategy = withdrawal.Strategies[i];
            var shares = SlashingLib.ScaleForCompleteWithdrawal(withdrawal.ScaledShares[i], prevFactors[i]);
            if (shares.IsZero) continue;
            var manager = ShareManager(strategy);
            if (receiveAsTokens)
            {
                manager.WithdrawSharesAsTokens(Self, staker, strategy, tokens[i], shares);
            }
            else
            {
                var (prev, added) = manager.AddShares(Self, staker, strategy, shares);
                IncreaseDelegation(newOperator, staker, strategy, prev, added, newFactors[i]);
            }
        }
    }

    /// <summary>
    /// <c>slashOperatorShares</c> (AllocationManager only): slashes the operator's delegated shares and the scaled
    /// shares still slashable in the queue, and escrows the total with the share manager. Returns the total.
    /// </summary>
    public UInt256 SlashOperatorShares(Address caller, Address @operator, OperatorSet operatorSet, UInt256 slashId, Address strategy,
        ulong prevMaxMagnitude, ulong newMaxMagnitude)
    {
        using var tx = Journal.Begin();
        if (caller != Core.AllocationManager.Self) throw new RevertException(Errors.OnlyAllocationManager);
        var opShares = _operatorShares[(@operator, strategy)];
        var opSlashed = SlashingLib.CalcSlashedAmount(opShares, prevMaxMagnitude, newMaxMagnitude);
        var queueSlashed = UInt256.Zero;
        if (prevMaxMagnitude != 0)
        {
            var window = SlashableScaledSharesInQueue(@operator, strategy);
            queueSlashed = SlashingLib.CalcSlashedAmount(Wad.MulWad(window, prevMaxMagnitude), prevMaxMagnitude, newMaxMagnitude);
        }

        var total = opSlashed + queueSlashed;
        DecreaseDelegation(@operator, strategy, opSlashed);
        ShareManager(strategy).IncreaseBurnOrRedistributableShares(Self, operatorSet, slashId, strategy, total);
        tx.Commit();
        return total;
    }

    private Snapshots ScaledSharesHistory(Address @operator, Address strategy)
    {
        if (!_cumulativeScaledShares.TryGetValue((@operator, strategy), out var h))
        {
            h = new Snapshots(Journal, UInt256.Zero);
            _cumulativeScaledShares[(@operator, strategy)] = h;
        }

        return h;
    }
}
