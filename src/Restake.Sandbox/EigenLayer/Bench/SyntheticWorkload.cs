using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Sandbox.EigenLayer.Bench;

/// <summary>
/// A deterministic mixed workload over two strategies, one AVS set and many stakers: deposits, delegation changes,
/// allocations, slashes, escrow clearing, queued and completed withdrawals, one block per call. The same seed makes the
/// same calls in the same order; a call whose precondition does not hold (nothing to withdraw yet) becomes a deposit.
/// </summary>
public sealed class SyntheticWorkload
{
    /// <summary>Mainnet constants with delays of 20 blocks, so withdrawals and deallocations mature within a run.</summary>
    public static EigenLayerConfig Config { get; } = EigenLayerConfig.Mainnet with
    {
        MinWithdrawalDelayBlocks = 20, DeallocationDelay = 20, AllocationConfigurationDelay = 20, SlasherConfigurationDelay = 20,
    };

    private static readonly UInt256 Milli = 1_000_000_000_000_000UL;
    private readonly Address[] _stakers;
    private readonly Address[] _operators;
    private readonly Address[] _strategies = [Address.Named("strategyA", 0x5000), Address.Named("strategyB", 0x5001)];
    private readonly Address[] _tokens = [Address.Named("tokenA", 0x7000), Address.Named("tokenB", 0x7001)];
    private readonly Address _avs = Address.Named("avs", 0x3000);
    private readonly Queue<Withdrawal> _withdrawals = new();
    private readonly SlashingParams[] _slashes;
    private ulong _random;
    private WorkloadOp _attempt;

    /// <summary>Builds the world: every staker deposits into strategy A (even ones also B) and delegates round robin.</summary>
    public SyntheticWorkload(int stakers = 1_000, int operators = 16, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stakers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(operators, 1);
        _random = seed;
        Core = new EigenLayerCore(Config, startBlock: 1_000);
        _stakers = new Address[stakers];
        for (var i = 0; i < stakers; i++) _stakers[i] = Address.Named($"staker{i}", 0x1_0000_0000UL + (ulong)i);
        _operators = new Address[operators];
        for (var i = 0; i < operators; i++) _operators[i] = Address.Named($"operator{i}", 0x2_0000_0000UL + (ulong)i);
        for (var s = 0; s < _strategies.Length; s++) Core.DeployStrategy(_strategies[s], _tokens[s]);
        Core.StrategyManager.AddStrategiesToDepositWhitelist(Core.Owner, _strategies);
        var balance = UInt256.Parse("1000000000000000000000000000000");
        foreach (var account in _stakers.Concat(_operators))
        foreach (var token in _tokens)
        {
            Core.Tokens.Mint(token, account, balance);
            Core.Tokens.Approve(token, account, Core.StrategyManager.Self, UInt256.MaxValue);
        }

        var am = Core.AllocationManager;
        var set = new OperatorSet(_avs, 0);
        am.UpdateAVSMetadataURI(_avs, _avs, "ipfs://avs");
        am.CreateOperatorSets(_avs, _avs, [new CreateSetParams(0, _strategies)]);
        var half = 500_000_000_000_000_000UL;
        foreach (var op in _operators)
        {
            Core.DelegationManager.RegisterAsOperator(op, Address.Zero, 0, "ipfs://op");
            am.RegisterForOperatorSets(op, op, _avs, [0]);
            am.ModifyAllocations(op, op, [new AllocateParams(set, _strategies, [half, half])]);
        }

        Core.AdvanceBlocks(1);
        for (var i = 0; i < stakers; i++)
        {
            Core.StrategyManager.DepositIntoStrategy(_stakers[i], _strategies[0], _tokens[0], 32 * Milli * 1000);
            if (i % 2 == 0) Core.StrategyManager.DepositIntoStrategy(_stakers[i], _strategies[1], _tokens[1], 16 * Milli * 1000);
            Core.DelegationManager.DelegateTo(_stakers[i], _operators[i % operators]);
        }

        _slashes = _operators.Select(op => new SlashingParams(op, 0, _strategies, [Milli, 2 * Milli], "workload")).ToArray();
        Core.AdvanceBlocks(1);
    }

    /// <summary>The world the workload runs on.</summary>
    public EigenLayerCore Core { get; }

    /// <summary>Makes <paramref name="operations"/> calls, one block apart, and counts them by kind.</summary>
    public WorkloadTally Run(long operations)
    {
        var tally = new WorkloadTally();
        for (long i = 0; i < operations; i++)
        {
            Core.AdvanceBlocks(1);
            try
            {
                Step(Choose());
                tally.Add(_attempt, reverted: false);
            }
            catch (RevertException)
            {
                tally.Add(_attempt, reverted: true);
            }
        }

        return tally;
    }

    /// <summary>The mix: 35% deposits, 10% delegation changes, 10% allocations, 5% slashes, 5% clears, 20% queued and 15% completed withdrawals.</summary>
    private WorkloadOp Choose()
    {
        var r = Next(100);
        return r switch
        {
            < 35 => WorkloadOp.Deposit,
            < 45 => WorkloadOp.Delegate,
            < 55 => WorkloadOp.Allocate,
            < 60 => WorkloadOp.Slash,
            < 65 => WorkloadOp.ClearEscrow,
            < 85 => WorkloadOp.QueueWithdrawal,
            _ => WorkloadOp.CompleteWithdrawal,
        };
    }

    /// <summary>Makes one call of kind <paramref name="op"/>, or a deposit when it does not apply; the kind made is
    /// left in <see cref="_attempt"/> (also when the call reverts).</summary>
    private void Step(WorkloadOp op)
    {
        var dm = Core.DelegationManager;
        switch (op)
        {
            case WorkloadOp.Delegate:
            {
                var staker = _stakers[Next(_stakers.Length)];
                if (!dm.IsDelegated(staker))
                {
                    _attempt = WorkloadOp.Delegate;
                    dm.DelegateTo(staker, _operators[Next(_operators.Length)]);
                    return;
                }

                _attempt = WorkloadOp.Undelegate;
                foreach (var q in dm.Undelegate(staker, staker)) _withdrawals.Enqueue(q.Withdrawal);
                return;
            }
            case WorkloadOp.Allocate:
            {
                _attempt = op;
                var op2 = _operators[Next(_operators.Length)];
                var magnitude = 100_000_000_000_000_000UL + (ulong)Next(300) * 1_000_000_000_000_000UL;
                Core.AllocationManager.ModifyAllocations(op2, op2,
                    [new AllocateParams(new OperatorSet(_avs, 0), [_strategies[Next(2)]], [magnitude])]);
                return;
            }
            case WorkloadOp.Slash:
                _attempt = op;
                Core.AllocationManager.SlashOperator(_avs, _avs, _slashes[Next(_slashes.Length)]);
                return;
            case WorkloadOp.ClearEscrow:
            {
                var sets = Core.StrategyManager.GetPendingOperatorSets();
                if (sets.Count == 0) break;
                var set = sets[0];
                _attempt = op;
                Core.StrategyManager.ClearBurnOrRedistributableShares(_avs, set, Core.StrategyManager.GetPendingSlashIds(set)[0]);
                return;
            }
            case WorkloadOp.QueueWithdrawal:
            {
                var staker = _stakers[Next(_stakers.Length)];
                var s = Next(2);
                var half = Core.StrategyManager.StakerDepositShares(staker, _strategies[s]) / 2;
                if (half.IsZero) break;
                _attempt = op;
                foreach (var q in dm.QueueWithdrawals(staker, [new QueuedWithdrawalParams([_strategies[s]], [half])]))
                    _withdrawals.Enqueue(q.Withdrawal);
                return;
            }
            case WorkloadOp.CompleteWithdrawal:
            {
                if (!_withdrawals.TryPeek(out var w) || w.StartBlock + Config.MinWithdrawalDelayBlocks >= Core.Block) break;
                _withdrawals.Dequeue();
                _attempt = op;
                var tokens = new Address[w.Strategies.Count];
                for (var i = 0; i < tokens.Length; i++) tokens[i] = _tokens[w.Strategies[i] == _strategies[0] ? 0 : 1];
                dm.CompleteQueuedWithdrawal(w.Withdrawer, w, tokens, receiveAsTokens: (w.Nonce % 2).IsZero);
                return;
            }
        }

        var depositor = _stakers[Next(_stakers.Length)];
        var strategy = Next(2);
        _attempt = WorkloadOp.Deposit;
        Core.StrategyManager.DepositIntoStrategy(depositor, _strategies[strategy], _tokens[strategy], Milli * (1 + Next(1000)));
    }

    /// <summary>A uniform draw in [0, n) from SplitMix64 (the tiny modulo bias is irrelevant to a workload).</summary>
    private int Next(int n)
    {
        var z = _random += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) % (ulong)n);
    }
}
