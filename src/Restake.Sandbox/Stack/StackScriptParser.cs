using System.Text.Json.Nodes;
using Restake.Numerics;
using Restake.Protocols.Stack;
using Restake.Sandbox.EigenLayer;

namespace Restake.Sandbox.Stack;

/// <summary>
/// Validates a whole stack script before anything runs: the world (engines, holders, cross-references) and every
/// step (operation known for its target's kind, caller allowed, arguments typed). Any problem is an
/// <see cref="InputException"/> naming the file, the section or step, and the field.
/// </summary>
public static class StackScriptParser
{
    /// <summary>Every operation name a stack script may use.</summary>
    public static IReadOnlyCollection<string> Operations => StackOperations.All.Keys.ToArray();

    /// <summary>True when a document is a stack script (<c>kind: stack</c>, or a <c>world</c> section) rather than an EigenLayer vector.</summary>
    public static bool IsStackScript(JsonNode document) =>
        document is JsonObject root
        && ((root["kind"] is JsonValue k && k.TryGetValue<string>(out var kind) && kind == "stack") || root.ContainsKey("world"));

    /// <summary>Loads and validates a <c>.json</c>, <c>.yaml</c> or <c>.yml</c> stack script.</summary>
    public static StackScript Load(string path) => Parse(ScriptDocument.Load(path), path);

    /// <summary>Validates a parsed document; <paramref name="file"/> names it in messages.</summary>
    public static StackScript Parse(JsonNode document, string file)
    {
        if (document is not JsonObject root) throw InputException.At(file, null, null, "expected a top-level object");
        var top = new StackArgs(file, "top level", "", root);
        var kind = top.OptionalString("kind");
        if (kind is not null && kind != "stack") throw top.Error("kind", $"expected 'stack', got '{kind}'");
        var name = top.OptionalString("name") ?? Path.GetFileNameWithoutExtension(file);
        var description = top.OptionalString("description");
        var worldNode = root["world"] as JsonObject ?? throw top.Error("world", root.ContainsKey("world") ? "expected an object" : "missing field");
        top.Skip("world");
        var spec = StackWorldParser.Parse(new StackArgs(file, "world", "world", worldNode));
        TryBuild(spec, file);
        var names = new StackNames(spec);

        if (root["steps"] is not JsonArray stepsNode) throw top.Error("steps", root.ContainsKey("steps") ? "expected a list" : "missing field");
        top.Skip("steps");
        top.EnsureNoUnknown();
        var steps = new StackStep[stepsNode.Count];
        for (var i = 0; i < steps.Length; i++)
            steps[i] = ParseStep(file, i, stepsNode[i] as JsonObject ?? throw InputException.At(file, $"step {i}", null, "expected an object"), names);
        return new StackScript(file, name, description, spec, steps);
    }

    /// <summary>Builds the world once so a setup the engines refuse (e.g. over-allocated magnitudes) is an input error.</summary>
    private static void TryBuild(StackSpec spec, string file)
    {
        try
        {
            _ = new RestakeStack(spec);
        }
        catch (Exception e) when (e is RevertException or ArgumentException)
        {
            var reason = e is RevertException r ? $"the engines reject this setup ({r.Error})" : e.Message;
            throw InputException.At(file, "world", null, reason);
        }
    }

    private static StackStep ParseStep(string file, int index, JsonObject node, StackNames names)
    {
        var step = new StackArgs(file, $"step {index}", "", node);
        var op = step.String("op");
        if (!StackOperations.All.TryGetValue(op, out var operation))
            throw step.Error("op", $"unknown operation '{op}' (known: {string.Join(", ", StackOperations.All.Keys.Order())})");
        step = new StackArgs(file, $"step {index} ({op})", "", node);
        step.Skip("op");

        string? target = null;
        if (operation.Kind == StackEngineKind.Stack)
        {
            if (step.Has("target")) throw step.Error("target", $"{op} applies to the whole stack and takes no target");
            step.Skip("target");
        }
        else
        {
            target = step.String("target");
            if (!names.Engines.TryGetValue(target, out var targetKind))
                throw step.Error("target", $"unknown engine '{target}' (engines: {string.Join(", ", names.Engines.Keys)})");
            if (op == "withdraw" && targetKind == StackEngineKind.Market) operation = StackOperations.MarketWithdraw;
            if (targetKind != operation.Kind)
                throw step.Error("target", $"{op} applies to {Describe(operation.Kind)}, and '{target}' is {Describe(targetKind)}");
        }

        var caller = Caller(step, op, operation.Caller, names);
        var args = step.OptionalObject("args");
        var call = operation.Parse(new OpContext(args, target ?? "", caller ?? "", names));
        args.EnsureNoUnknown();
        step.EnsureNoUnknown();
        return new StackStep(index, op, target, caller, call);
    }

    private static string? Caller(StackArgs step, string op, CallerRule rule, StackNames names)
    {
        if (rule == CallerRule.None)
        {
            if (step.Has("caller")) throw step.Error("caller", $"{op} takes no caller");
            step.Skip("caller");
            return null;
        }

        if (rule == CallerRule.Anyone && !step.Has("caller"))
        {
            step.Skip("caller");
            return null;
        }

        var caller = step.String("caller");
        var ok = rule switch
        {
            CallerRule.Holder => names.Holders.Contains(caller),
            CallerRule.CoreAccount => names.IsCoreAccount(caller),
            _ => names.Holders.Contains(caller) || names.IsCoreAccount(caller),
        };
        if (!ok)
            throw step.Error("caller", rule == CallerRule.CoreAccount
                ? $"'{caller}' is not an AVS or operator of the core"
                : $"unknown holder '{caller}' (holders: {string.Join(", ", names.Holders)})");
        return caller;
    }

    private static string Describe(StackEngineKind kind) => kind switch
    {
        StackEngineKind.EigenLayer => "an EigenLayer core",
        StackEngineKind.Lrt => "an LRT",
        StackEngineKind.Pool => "a pool",
        StackEngineKind.Market => "a market",
        _ => "the stack",
    };
}
