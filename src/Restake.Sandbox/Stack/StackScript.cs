using System.Text.Json.Nodes;
using Restake.Protocols.Stack;

namespace Restake.Sandbox.Stack;

/// <summary>A validated stack script: the world to build and the steps to run on it.</summary>
public sealed record StackScript(string File, string Name, string? Description, StackSpec Spec, IReadOnlyList<StackStep> Steps);

/// <summary>
/// One validated step: the operation, the engine it addresses (null for clock steps), the caller, and the call
/// bound to its arguments, which returns the operation's return values.
/// </summary>
public sealed record StackStep(int Index, string Op, string? Target, string? Caller, Func<RestakeStack, JsonObject> Call);

/// <summary>The outcome of one step: its return values, or the revert error.</summary>
public sealed record StackOutcome(bool Ok, JsonObject Returns, string? Error)
{
    /// <summary>As JSON: <c>{ok: true, returns}</c> or <c>{ok: false, error}</c>.</summary>
    public JsonObject ToJson() => Ok
        ? new JsonObject { ["ok"] = true, ["returns"] = Returns.DeepClone() }
        : new JsonObject { ["ok"] = false, ["error"] = Error };
}

/// <summary>The kind of engine a step addresses.</summary>
public enum StackEngineKind
{
    /// <summary>The whole stack (clock steps, no target).</summary>
    Stack,
    EigenLayer,
    Lrt,
    Pool,
    Market,
}
