using System.Text.Json.Nodes;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Sandbox.EigenLayer;

/// <summary>
/// Validates a whole script document before anything runs: unknown operations, actors or fields, missing fields and
/// malformed numbers raise an <see cref="InputException"/> naming the file, the step and the field.
/// </summary>
public static class ElScriptParser
{
    /// <summary>Every operation a script may use.</summary>
    public static IReadOnlyCollection<string> Operations => Parsers.Keys;

    /// <summary>Loads and validates a <c>.json</c>, <c>.yaml</c> or <c>.yml</c> script file.</summary>
    public static ElScript Load(string path) => Parse(ScriptDocument.Load(path), path);

    /// <summary>Validates a parsed document; <paramref name="file"/> names it in error messages.</summary>
    public static ElScript Parse(JsonNode document, string file)
    {
        if (document is not JsonObject root) throw InputException.At(file, null, null, "expected a top-level object");
        var actors = root["actors"] as JsonObject ?? throw InputException.At(file, "top level", "actors", root.ContainsKey("actors") ? "expected an object" : "missing field");
        var names = new NameBook(NameList(file, actors, "stakers"), NameList(file, actors, "operators"), NameList(file, actors, "avss"));
        var top = new ArgReader(file, "top level", "", root, names);
        var config = ReadConstants(file, root, names, out var initialBalance);

        long initialBlock = 1000;
        JsonObject? initialState = null;
        if (root["initial"] is JsonObject initial)
        {
            var r = new ArgReader(file, "initial", "initial", initial, names);
            if (r.Has("block")) initialBlock = r.U32("block");
            initialState = r.Raw("state") as JsonObject;
            r.EnsureNoUnknown();
        }
        else if (root.ContainsKey("initial") && root["initial"] is not null)
        {
            throw InputException.At(file, "top level", "initial", "expected an object");
        }

        if (root["steps"] is not JsonArray stepsNode)
            throw InputException.At(file, "top level", "steps", root.ContainsKey("steps") ? "expected a list" : "missing field");
        var steps = new ElStep[stepsNode.Count];
        for (var i = 0; i < steps.Length; i++)
        {
            if (stepsNode[i] is not JsonObject s) throw InputException.At(file, $"step {i}", null, "expected an object");
            steps[i] = ParseStep(file, i, s, names);
        }

        foreach (var key in new[] { "name", "seed", "description", "source", "constants", "actors", "initial", "steps" }) top.Raw(key);
        top.EnsureNoUnknown();
        var name = root["name"] is JsonValue n && n.TryGetValue<string>(out var nameText) ? nameText : Path.GetFileNameWithoutExtension(file);
        var description = root["description"] is JsonValue d && d.TryGetValue<string>(out var descText) ? descText : null;
        return new ElScript(file, name, description, config, initialBalance, names, initialBlock, initialState, steps);
    }

    private static IReadOnlyList<string> NameList(string file, JsonObject actors, string field)
    {
        if (!actors.TryGetPropertyValue(field, out var node) || node is null) return [];
        if (node is not JsonArray arr) throw InputException.At(file, "top level", $"actors.{field}", "expected a list of names");
        var list = new List<string>();
        for (var i = 0; i < arr.Count; i++)
        {
            if (arr[i] is not JsonValue v || !v.TryGetValue<string>(out var s) || s.Length == 0)
                throw InputException.At(file, "top level", $"actors.{field}[{i}]", "expected a non-empty name");
            if (s is "null" or "outsider" or "burnAddress" or "tokenA" or "tokenB" or "strategyA" or "strategyB")
                throw InputException.At(file, "top level", $"actors.{field}[{i}]", $"'{s}' is a reserved name");
            list.Add(s);
        }

        return list;
    }

    private static EigenLayerConfig ReadConstants(string file, JsonObject root, NameBook names, out UInt256 initialBalance)
    {
        initialBalance = UInt256.Parse("1000000000000000000000000000000000000000");
        if (root["constants"] is not JsonObject c) return EigenLayerConfig.Mainnet;
        var r = new ArgReader(file, "constants", "constants", c, names);
        var config = EigenLayerConfig.Mainnet;
        if (r.Has("MIN_WITHDRAWAL_DELAY_BLOCKS")) config = config with { MinWithdrawalDelayBlocks = r.U32("MIN_WITHDRAWAL_DELAY_BLOCKS") };
        if (r.Has("DEALLOCATION_DELAY")) config = config with { DeallocationDelay = r.U32("DEALLOCATION_DELAY") };
        if (r.Has("ALLOCATION_CONFIGURATION_DELAY"))
        {
            var d = r.U32("ALLOCATION_CONFIGURATION_DELAY");
            config = config with { AllocationConfigurationDelay = d, SlasherConfigurationDelay = d };
        }

        if (r.Has("INITIAL_TOKEN_BALANCE")) initialBalance = r.U256("INITIAL_TOKEN_BALANCE");
        if (r.Has("STRATEGY_SHARES_OFFSET")) config = config with { SharesOffset = r.U256("STRATEGY_SHARES_OFFSET") };
        if (r.Has("STRATEGY_BALANCE_OFFSET")) config = config with { BalanceOffset = r.U256("STRATEGY_BALANCE_OFFSET") };
        if (r.Has("MAX_TOTAL_SHARES")) config = config with { MaxTotalShares = r.U256("MAX_TOTAL_SHARES") };
        if (r.Has("WAD") && r.U256("WAD") != Wad.One) throw r.Error("WAD", "only 1e18 is supported");
        r.Raw("version");
        r.EnsureNoUnknown();
        return config;
    }

    private static ElStep ParseStep(string file, int index, JsonObject s, NameBook names)
    {
        var where = $"step {index}";
        var step = new ArgReader(file, where, "", s, names);
        var op = step.String("op");
        if (!Parsers.TryGetValue(op, out var parser))
            throw InputException.At(file, where, "op", $"unknown operation '{op}' (known: {string.Join(", ", Parsers.Keys.Order())})");
        where = $"step {index} ({op})";
        step = new ArgReader(file, where, "", s, names);
        step.String("op");
        if (step.Has("i") && step.U32("i") != index) throw step.Error("i", $"step index {step.U32("i")} does not match its position {index}");
        long? block = step.Has("block") ? step.U32("block") : null;
        var caller = op == "advanceBlocks"
            ? (step.Has("caller") ? step.Actor("caller", allowNull: true) : Address.Zero)
            : step.Actor("caller");
        var args = step.Object("args");
        var call = parser(args);
        args.EnsureNoUnknown();

        ElExpectedResult? result = null;
        if (step.Has("result") && step.Raw("result") is JsonObject resultNode)
        {
            var r = new ArgReader(file, where, "result", resultNode, names);
            var ok = r.Bool("ok");
            result = ok
                ? new ElExpectedResult(true, r.Has("returns") ? r.Raw("returns") as JsonObject ?? throw r.Error("returns", "expected an object") : null, null)
                : new ElExpectedResult(false, null, r.String("error"));
            r.EnsureNoUnknown();
        }

        JsonObject? state = null;
        if (step.Has("state")) state = step.Raw("state") as JsonObject ?? throw step.Error("state", "expected an object");
        step.EnsureNoUnknown();
        return new ElStep(index, call, caller, block, result, state);
    }

    private static readonly Dictionary<string, Func<ArgReader, ElCall>> Parsers = new(StringComparer.Ordinal)
    {
        ["advanceBlocks"] = a => new AdvanceBlocksCall(a.U32("n")),
        ["registerAsOperator"] = a => new RegisterAsOperatorCall(a.Actor("delegationApprover", allowNull: true), a.U32("allocationDelay"), a.String("metadataURI")),
        ["delegateTo"] = a => new DelegateToCall(a.Actor("operator")),
        ["undelegate"] = a => new UndelegateCall(a.Actor("staker")),
        ["redelegate"] = a => new RedelegateCall(a.Actor("newOperator")),
        ["depositIntoStrategy"] = a => new DepositIntoStrategyCall(a.Actor("strategy"), a.Actor("token"), a.U256("amount")),
        ["queueWithdrawals"] = a => new QueueWithdrawalsCall(a.Objects("params").Select(p =>
        {
            var q = new QueuedWithdrawalParams(p.Actors("strategies"), p.U256s("depositShares"));
            p.EnsureNoUnknown();
            return q;
        }).ToArray()),
        ["completeQueuedWithdrawal"] = a =>
        {
            var w = a.Object("withdrawal");
            var withdrawal = ReadWithdrawal(w);
            return new CompleteQueuedWithdrawalCall(withdrawal, a.Actors("tokens"), a.Bool("receiveAsTokens"));
        },
        ["updateAVSMetadataURI"] = a => new UpdateAvsMetadataUriCall(a.Actor("avs"), a.String("metadataURI")),
        ["createOperatorSets"] = a => new CreateOperatorSetsCall(a.Actor("avs"), a.Objects("params").Select(p =>
        {
            var c = new CreateSetParams(p.U32("operatorSetId"), p.Actors("strategies"));
            p.EnsureNoUnknown();
            return c;
        }).ToArray()),
        ["addStrategiesToOperatorSet"] = a => new AddStrategiesCall(a.Actor("avs"), a.U32("operatorSetId"), a.Actors("strategies")),
        ["removeStrategiesFromOperatorSet"] = a => new RemoveStrategiesCall(a.Actor("avs"), a.U32("operatorSetId"), a.Actors("strategies")),
        ["registerForOperatorSets"] = a => new RegisterForOperatorSetsCall(a.Actor("operator"), a.Actor("avs"), U32s(a, "operatorSetIds")),
        ["deregisterFromOperatorSets"] = a => new DeregisterFromOperatorSetsCall(a.Actor("operator"), a.Actor("avs"), U32s(a, "operatorSetIds")),
        ["setAllocationDelay"] = a => new SetAllocationDelayCall(a.Actor("operator"), a.U32("delay")),
        ["modifyAllocations"] = a => new ModifyAllocationsCall(a.Actor("operator"), a.Objects("params").Select(p =>
        {
            var set = p.Set("operatorSet");
            var strategies = p.Actors("strategies");
            var magnitudes = p.List("newMagnitudes", (n, path) => p.ParseBounded(n, path, ulong.MaxValue, "uint64"));
            p.EnsureNoUnknown();
            return new AllocateParams(set, strategies, magnitudes);
        }).ToArray()),
        ["clearDeallocationQueue"] = a => new ClearDeallocationQueueCall(a.Actor("operator"), a.Actors("strategies"), a.List("numToClear", (n, path) => (ushort)a.ParseBounded(n, path, ushort.MaxValue, "uint16"))),
        ["slashOperator"] = a => new SlashOperatorCall(a.Actor("avs"), new SlashingParams(
            a.Actor("operator"), a.U32("operatorSetId"), a.Actors("strategies"), a.U256s("wadsToSlash"),
            a.Has("description") ? a.String("description") : "")),
        ["clearBurnOrRedistributableShares"] = a => new ClearBurnOrRedistributableSharesCall(a.Set("operatorSet"), a.U256("slashId")),
    };

    private static IReadOnlyList<uint> U32s(ArgReader a, string field) =>
        a.List(field, (n, path) => (uint)a.ParseBounded(n, path, uint.MaxValue, "uint32"));

    private static Withdrawal ReadWithdrawal(ArgReader w)
    {
        var withdrawal = new Withdrawal(
            w.Actor("staker"), w.Actor("delegatedTo", allowNull: true), w.Actor("withdrawer"), w.U256("nonce"), w.U32("startBlock"),
            w.Actors("strategies"), w.U256s("scaledShares"));
        w.EnsureNoUnknown();
        return withdrawal;
    }
}
