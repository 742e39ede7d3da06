using System.Text.Json.Nodes;

namespace Restake.Sandbox.Defi;

/// <summary>
/// One case of the <c>defi-case/1</c> conformance format: a protocol state, one call, and the expected outputs.
/// Integers stay as decimal strings in <see cref="State"/> and <see cref="Args"/>; engines parse what they read.
/// </summary>
public sealed record DefiCase(
    string File,
    string Name,
    string Engine,
    string? Variant,
    bool Integer,
    JsonObject State,
    string Op,
    JsonObject Args,
    JsonObject Expect);
