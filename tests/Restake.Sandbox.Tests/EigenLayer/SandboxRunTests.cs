using Restake.Sandbox.EigenLayer;

namespace Restake.Sandbox.Tests.EigenLayer;

/// <summary>The runner as a sandbox: scripts without recorded results show each step's outcome and state.</summary>
public class SandboxRunTests
{
    private const string Yaml = """
        name: yaml-sandbox
        constants:
          MIN_WITHDRAWAL_DELAY_BLOCKS: 5
          DEALLOCATION_DELAY: 10
          ALLOCATION_CONFIGURATION_DELAY: 7
        actors:
          stakers: [alice]
          operators: [op]
          avss: [avs]
        initial:
          block: 50
        steps:
          - op: registerAsOperator
            caller: op
            args: {delegationApprover: null, allocationDelay: 0, metadataURI: "ipfs://op"}
          - op: depositIntoStrategy
            caller: alice
            args: {strategy: strategyA, token: tokenA, amount: 100000000000000000000}
          - op: delegateTo
            caller: alice
            args: {operator: op}
          - op: updateAVSMetadataURI
            caller: avs
            args: {avs: avs, metadataURI: x}
          - op: createOperatorSets
            caller: avs
            args: {avs: avs, params: [{operatorSetId: 0, strategies: [strategyA]}]}
          - op: registerForOperatorSets
            caller: op
            args: {operator: op, avs: avs, operatorSetIds: [0]}
          - op: modifyAllocations
            caller: op
            args: {operator: op, params: [{operatorSet: avs/0, strategies: [strategyA], newMagnitudes: ["500000000000000000"]}]}
          - op: slashOperator
            caller: alice
            args: {avs: avs, operator: op, operatorSetId: 0, strategies: [strategyA], wadsToSlash: ["500000000000000000"], description: nope}
          - op: slashOperator
            caller: avs
            args: {avs: avs, operator: op, operatorSetId: 0, strategies: [strategyA], wadsToSlash: ["500000000000000000"]}
          - op: advanceBlocks
            args: {n: 4}
          - op: clearBurnOrRedistributableShares
            caller: outsider
            args: {operatorSet: avs/0, slashId: "1"}
        """;

    [Fact]
    public void A_yaml_script_without_expectations_reports_each_steps_result_and_state()
    {
        var script = ElScriptParser.Parse(ScriptDocument.Parse(Yaml, "sandbox.yaml", ScriptFormat.Yaml), "sandbox.yaml");
        var runner = new ElScriptRunner(script);
        var initial = runner.Initial();
        Assert.Equal(50, initial.Block);
        Assert.Empty(initial.Mismatches);
        var reports = runner.Steps().ToList();
        Assert.Equal(11, reports.Count);
        Assert.All(reports, r => Assert.Empty(r.Mismatches));
        Assert.Equal([51L, 52, 53, 54, 55, 56, 57, 58, 59, 63, 64], reports.Select(r => r.Block));

        Assert.Equal("100000000000000000000", reports[1].Outcome.Returns["depositShares"]!.GetValue<string>());
        Assert.False(reports[7].Outcome.Ok);
        Assert.Equal("InvalidCaller", reports[7].Outcome.Error);
        Assert.True(reports[8].Outcome.Ok);
        Assert.Equal("1", reports[8].Outcome.Returns["slashId"]!.GetValue<string>());
        Assert.Equal("25000000000000000000", reports[8].Outcome.Returns["shares"]![0]!.GetValue<string>());
        Assert.Equal("75000000000000000000",
            reports[8].State["operators"]!["op"]!["strategies"]!["strategyA"]!["operatorShares"]!.GetValue<string>());
        Assert.Equal("25000000000000000000", reports[10].State["burnAddress"]!["tokenA"]!.GetValue<string>());
        Assert.Equal("25000000000000000000", reports[10].Outcome.Returns["amounts"]![0]!.GetValue<string>());
    }

    [Fact]
    public void A_vector_read_as_yaml_replays_like_the_json_file()
    {
        var path = Path.Combine(RepoPaths.EigenLayerVectors, "hand-06-multi-set-multi-strategy-proportional.json");
        var asYaml = ElScriptParser.Parse(ScriptDocument.Parse(File.ReadAllText(path), path, ScriptFormat.Yaml), path);
        var report = ElScriptRunner.Check(asYaml);
        Assert.True(report.Passed, string.Join("\n", report.Mismatches.Take(10)));
        Assert.True(report.StepCount > 10);
    }

    [Fact]
    public void Steps_can_be_enumerated_only_once()
    {
        var script = ElScriptParser.Parse(ScriptDocument.Parse(Yaml, "sandbox.yaml", ScriptFormat.Yaml), "sandbox.yaml");
        var runner = new ElScriptRunner(script);
        _ = runner.Steps().ToList();
        Assert.Throws<InvalidOperationException>(() => runner.Steps());
    }
}
