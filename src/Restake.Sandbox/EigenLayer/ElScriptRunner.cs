using System.Globalization;
using System.Text.Json.Nodes;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Protocols.Restaking.EigenLayer.StateSnapshots;

namespace Restake.Sandbox.EigenLayer;

/// <summary>What one step did: its block, the call's outcome, the state after it, and any differences from the
/// script's recorded result and state (none when the script records nothing).</summary>
public sealed record ElStepReport(
    int Index, string Op, string? Caller, long Block, ElCallOutcome Outcome, CoreSnapshot Snapshot, JsonObject State,
    IReadOnlyList<Mismatch> Mismatches);

/// <summary>Conformance of one script: every mismatch of every step (and of the initial state).</summary>
public sealed record ConformanceReport(string File, string Name, int StepCount, IReadOnlyList<Mismatch> Mismatches)
{
    /// <summary>True when nothing differs.</summary>
    public bool Passed => Mismatches.Count == 0;

    /// <summary>Number of steps with at least one mismatch.</summary>
    public int FailingSteps => Mismatches.Select(m => m.Step).Distinct().Count();
}

/// <summary>
/// Runs a validated EigenLayer script against a fresh world. Use <see cref="Initial"/> and <see cref="Steps"/> to
/// show each step's result and state (sandbox), or <see cref="Check(ElScript)"/> / <see cref="CheckFile"/> for a
/// conformance report. Scripts are validated completely when loaded (<see cref="ElScriptParser.Load"/>), so a bad
/// script fails before any step runs.
/// </summary>
public sealed class ElScriptRunner
{
    private readonly IReadOnlyList<string> _strategyNames;
    private bool _started;

    /// <summary>Builds the starting world of <paramref name="script"/>.</summary>
    public ElScriptRunner(ElScript script)
    {
        Script = script;
        Core = ElWorld.Build(script);
        Scope = ElWorld.Scope(script);
        _strategyNames = Scope.Strategies.Select(s => s.Name).ToArray();
    }

    /// <summary>The script being run.</summary>
    public ElScript Script { get; }

    /// <summary>The world (inspect it between steps for anything the snapshot does not cover).</summary>
    public EigenLayerCore Core { get; }

    /// <summary>Accounts, sets, strategies and tokens the snapshots cover.</summary>
    public SnapshotScope Scope { get; }

    /// <summary>The state before the first step (index −1), compared with <c>initial.state</c> when recorded.</summary>
    public ElStepReport Initial()
    {
        var snapshot = SnapshotCapture.Capture(Core, Scope);
        var state = ElJson.State(snapshot);
        var mismatches = Script.InitialState is null
            ? []
            : StateComparer.Compare(-1, "state", Script.InitialState, state, _strategyNames);
        return new ElStepReport(-1, "initial", null, Core.Block, new ElCallOutcome(true, new JsonObject(), null), snapshot, state, mismatches);
    }

    /// <summary>Executes the steps one by one (lazily), each yielding its report. Can be enumerated once.</summary>
    public IEnumerable<ElStepReport> Steps()
    {
        if (_started) throw new InvalidOperationException("the steps of this runner were already executed; create a new runner");
        _started = true;
        return Run();
    }

    private IEnumerable<ElStepReport> Run()
    {
        foreach (var step in Script.Steps)
        {
            var outcome = ElCallExecutor.Execute(Core, step.Call, step.Caller);
            var snapshot = SnapshotCapture.Capture(Core, Scope);
            var state = ElJson.State(snapshot);
            var mismatches = new List<Mismatch>();
            if (step.ExpectedBlock is { } block && block != Core.Block)
                mismatches.Add(new Mismatch(step.Index, "block", block.ToString(CultureInfo.InvariantCulture), Core.Block.ToString(CultureInfo.InvariantCulture)));
            if (step.ExpectedResult is { } expected) mismatches.AddRange(CompareResult(step.Index, expected, outcome));
            if (step.ExpectedState is { } expectedState)
                mismatches.AddRange(StateComparer.Compare(step.Index, "state", expectedState, state, _strategyNames));
            yield return new ElStepReport(step.Index, step.Call.Op, step.Caller.IsZero ? null : step.Caller.Name, Core.Block, outcome,
                snapshot, state, mismatches);
        }
    }

    private IEnumerable<Mismatch> CompareResult(int index, ElExpectedResult expected, ElCallOutcome actual)
    {
        if (expected.Ok != actual.Ok)
        {
            var describe = (bool ok, string? error) => ok ? "ok" : $"revert {error}";
            return [new Mismatch(index, "result.ok", describe(expected.Ok, expected.Error), describe(actual.Ok, actual.Error))];
        }

        if (!expected.Ok)
            return expected.Error == actual.Error ? [] : [new Mismatch(index, "result.error", expected.Error ?? "", actual.Error ?? "")];
        return expected.Returns is null ? [] : StateComparer.Compare(index, "result.returns", expected.Returns, actual.Returns, _strategyNames);
    }

    /// <summary>Runs every step of <paramref name="script"/> and collects all mismatches.</summary>
    public static ConformanceReport Check(ElScript script)
    {
        var runner = new ElScriptRunner(script);
        var mismatches = new List<Mismatch>(runner.Initial().Mismatches);
        foreach (var report in runner.Steps()) mismatches.AddRange(report.Mismatches);
        return new ConformanceReport(script.File, script.Name, script.Steps.Count, mismatches);
    }

    /// <summary>Loads (validating fully first) and checks one script file.</summary>
    public static ConformanceReport CheckFile(string path) => Check(ElScriptParser.Load(path));
}
