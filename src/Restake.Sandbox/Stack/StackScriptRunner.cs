using Restake.Numerics;
using Restake.Protocols.Stack;

namespace Restake.Sandbox.Stack;

/// <summary>What one step did: the call's outcome, the block and time after it, and every engine's state tables.</summary>
public sealed record StackStepReport(
    int Index, string Op, string? Target, string? Caller, long Block, ulong Timestamp, StackOutcome Outcome, IReadOnlyList<StateTable> State);

/// <summary>
/// Runs a validated stack script on a freshly built world. A step that reverts leaves every engine as it was and
/// reports the revert error; after each successful step the stack carries values between engines (<see cref="RestakeStack.Sync"/>).
/// </summary>
public sealed class StackScriptRunner
{
    private bool _started;

    /// <summary>Builds the starting world of <paramref name="script"/>.</summary>
    public StackScriptRunner(StackScript script)
    {
        Script = script;
        Stack = new RestakeStack(script.Spec);
    }

    public StackScript Script { get; }

    /// <summary>The wired world (inspect it between steps).</summary>
    public RestakeStack Stack { get; }

    /// <summary>The state before the first step (index −1).</summary>
    public StackStepReport Initial() =>
        new(-1, "initial", null, null, Stack.Core.Block, Stack.Now, new StackOutcome(true, new(), null), StackStateTables.Capture(Stack));

    /// <summary>Executes the steps lazily, one report each. Can be enumerated once.</summary>
    public IEnumerable<StackStepReport> Steps()
    {
        if (_started) throw new InvalidOperationException("the steps of this runner were already executed; create a new runner");
        _started = true;
        return Run();
    }

    private IEnumerable<StackStepReport> Run()
    {
        foreach (var step in Script.Steps)
        {
            StackOutcome outcome;
            try
            {
                outcome = new StackOutcome(true, step.Call(Stack), null);
                Stack.Sync();
            }
            catch (RevertException e)
            {
                outcome = new StackOutcome(false, new(), e.Error);
            }

            yield return new StackStepReport(step.Index, step.Op, step.Target, step.Caller, Stack.Core.Block, Stack.Now, outcome,
                StackStateTables.Capture(Stack));
        }
    }
}
