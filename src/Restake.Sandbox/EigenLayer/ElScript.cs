using System.Text.Json.Nodes;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Sandbox.EigenLayer;

/// <summary>
/// A validated EigenLayer script (the conformance vector format): the world's constants and actors, the initial
/// block, and the steps. Expected results and states are optional, so the same format serves as a sandbox.
/// </summary>
public sealed record ElScript(
    string File,
    string Name,
    string? Description,
    EigenLayerConfig Config,
    UInt256 InitialTokenBalance,
    NameBook Names,
    long InitialBlock,
    JsonObject? InitialState,
    IReadOnlyList<ElStep> Steps);

/// <summary>One step: the call, who makes it, and optionally the recorded block, result and state.</summary>
public sealed record ElStep(int Index, ElCall Call, Address Caller, long? ExpectedBlock, ElExpectedResult? ExpectedResult, JsonObject? ExpectedState);

/// <summary>A recorded result: <c>ok</c> with <c>returns</c>, or the revert error name.</summary>
public sealed record ElExpectedResult(bool Ok, JsonObject? Returns, string? Error);

/// <summary>The outcome of executing a call: returns (vector format) or the revert error name.</summary>
public sealed record ElCallOutcome(bool Ok, JsonObject Returns, string? Error)
{
    /// <summary>The outcome as the vector's <c>result</c> object.</summary>
    public JsonObject ToJson() => Ok
        ? new JsonObject { ["ok"] = true, ["returns"] = Returns.DeepClone() }
        : new JsonObject { ["ok"] = false, ["error"] = Error };
}
