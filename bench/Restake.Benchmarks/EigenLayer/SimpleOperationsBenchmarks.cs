using BenchmarkDotNet.Attributes;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Sandbox.EigenLayer.Bench;

namespace Restake.Benchmarks.EigenLayer;

/// <summary>
/// Throughput of single EigenLayer calls, each an atomic transaction through the undo journal. Reported time is per
/// operation (OperationsPerInvoke), so operations/s = 1e9 / mean ns.
/// </summary>
[MemoryDiagnoser]
public class SimpleOperationsBenchmarks
{
    private const int Ops = 10_000;
    private ElBenchWorld _world = null!;
    private readonly UInt256 _amount = UInt256.Parse("1000000000000000000");

    [GlobalSetup]
    public void Setup()
    {
        _world = new ElBenchWorld(stakers: Ops, operators: 10);
        _world.DepositAndDelegateAll(UInt256.Parse("32000000000000000000"));
    }

    /// <summary>
    /// Delegated staker deposits: strategy share math, DSF update, operator shares. Each call is its own atomic
    /// transaction (no wrapping closure, so the allocation column shows the engine's own).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Ops)]
    public void DepositIntoStrategy()
    {
        var sm = _world.Core.StrategyManager;
        foreach (var staker in _world.Stakers) sm.DepositIntoStrategy(staker, _world.Strategy, _world.Token, _amount);
    }

    /// <summary>Withdrawable-shares view (deposit shares, scaling factor, operator magnitude).</summary>
    [Benchmark(OperationsPerInvoke = Ops)]
    public UInt256 GetWithdrawableShares()
    {
        var dm = _world.Core.DelegationManager;
        UInt256 sum = 0;
        foreach (var staker in _world.Stakers) sum += dm.GetWithdrawableShares(staker, _world.Strategy).Withdrawable;
        return sum;
    }

    /// <summary>A reverting call (over-allocation): the cost of rolling a transaction back.</summary>
    [Benchmark(OperationsPerInvoke = Ops)]
    public int RevertedModifyAllocations()
    {
        var core = _world.Core;
        var op = _world.Operators[0];
        var reverts = 0;
        var tooMuch = new[] { new AllocateParams(_world.Set, [_world.Strategy], [2_000_000_000_000_000_000UL]) };
        for (var i = 0; i < Ops; i++)
        {
            try
            {
                core.Execute(() => core.AllocationManager.ModifyAllocations(op, op, tooMuch));
            }
            catch (RevertException)
            {
                reverts++;
            }
        }

        return reverts;
    }
}
