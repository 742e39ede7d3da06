namespace Restake.Sandbox.EigenLayer.Bench;

/// <summary>The kinds of call a <see cref="SyntheticWorkload"/> makes.</summary>
public enum WorkloadOp
{
    /// <summary><c>depositIntoStrategy</c>.</summary>
    Deposit,

    /// <summary><c>delegateTo</c>.</summary>
    Delegate,

    /// <summary><c>undelegate</c> (queues a withdrawal per strategy).</summary>
    Undelegate,

    /// <summary><c>modifyAllocations</c>.</summary>
    Allocate,

    /// <summary><c>slashOperator</c>.</summary>
    Slash,

    /// <summary><c>clearBurnOrRedistributableShares</c>.</summary>
    ClearEscrow,

    /// <summary><c>queueWithdrawals</c>.</summary>
    QueueWithdrawal,

    /// <summary><c>completeQueuedWithdrawal</c>.</summary>
    CompleteWithdrawal,
}
