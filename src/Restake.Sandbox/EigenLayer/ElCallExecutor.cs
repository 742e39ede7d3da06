using System.Text.Json.Nodes;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Sandbox.EigenLayer;

/// <summary>Executes a script call against a world as one transaction and reports returns or the revert error.</summary>
public static class ElCallExecutor
{
    /// <summary>
    /// Runs <paramref name="call"/> from <paramref name="caller"/>. <c>advanceBlocks</c> moves the block by n; every other
    /// call runs in the next block. A revert leaves the world unchanged apart from the block number.
    /// </summary>
    public static ElCallOutcome Execute(EigenLayerCore core, ElCall call, Address caller)
    {
        if (call is AdvanceBlocksCall advance)
        {
            core.AdvanceBlocks(advance.N);
            return new ElCallOutcome(true, new JsonObject(), null);
        }

        core.AdvanceBlocks(1);
        try
        {
            return new ElCallOutcome(true, core.Execute(() => Dispatch(core, call, caller)), null);
        }
        catch (RevertException e)
        {
            return new ElCallOutcome(false, new JsonObject(), e.Error);
        }
    }

    private static JsonObject Dispatch(EigenLayerCore core, ElCall call, Address caller)
    {
        var dm = core.DelegationManager;
        var am = core.AllocationManager;
        switch (call)
        {
            case RegisterAsOperatorCall c:
                dm.RegisterAsOperator(caller, c.DelegationApprover, c.AllocationDelay, c.MetadataUri);
                break;
            case DelegateToCall c:
                dm.DelegateTo(caller, c.Operator);
                break;
            case UndelegateCall c:
                return ElJson.Queued(dm.Undelegate(caller, c.Staker));
            case RedelegateCall c:
                return ElJson.Queued(dm.Redelegate(caller, c.NewOperator));
            case DepositIntoStrategyCall c:
                return new JsonObject { ["depositShares"] = ElJson.Dec(core.StrategyManager.DepositIntoStrategy(caller, c.Strategy, c.Token, c.Amount)) };
            case QueueWithdrawalsCall c:
                return ElJson.Queued(dm.QueueWithdrawals(caller, c.Params));
            case CompleteQueuedWithdrawalCall c:
                dm.CompleteQueuedWithdrawal(caller, c.Withdrawal, c.Tokens, c.ReceiveAsTokens);
                break;
            case UpdateAvsMetadataUriCall c:
                am.UpdateAVSMetadataURI(caller, c.Avs, c.MetadataUri);
                break;
            case CreateOperatorSetsCall c:
                am.CreateOperatorSets(caller, c.Avs, c.Params);
                break;
            case AddStrategiesCall c:
                am.AddStrategiesToOperatorSet(caller, c.Avs, c.OperatorSetId, c.Strategies);
                break;
            case RemoveStrategiesCall c:
                am.RemoveStrategiesFromOperatorSet(caller, c.Avs, c.OperatorSetId, c.Strategies);
                break;
            case RegisterForOperatorSetsCall c:
                am.RegisterForOperatorSets(caller, c.Operator, c.Avs, c.OperatorSetIds);
                break;
            case DeregisterFromOperatorSetsCall c:
                am.DeregisterFromOperatorSets(caller, c.Operator, c.Avs, c.OperatorSetIds);
                break;
            case SetAllocationDelayCall c:
                am.SetAllocationDelay(caller, c.Operator, c.Delay);
                break;
            case ModifyAllocationsCall c:
                am.ModifyAllocations(caller, c.Operator, c.Params);
                break;
            case ClearDeallocationQueueCall c:
                am.ClearDeallocationQueue(caller, c.Operator, c.Strategies, c.NumToClear);
                break;
            case SlashOperatorCall c:
                return ElJson.Slash(am.SlashOperator(caller, c.Avs, c.Params));
            case ClearBurnOrRedistributableSharesCall c:
                return ElJson.Amounts(core.StrategyManager.ClearBurnOrRedistributableShares(caller, c.OperatorSet, c.SlashId));
            default:
                throw new InvalidOperationException($"no executor for {call.Op}");
        }

        return new JsonObject();
    }
}
