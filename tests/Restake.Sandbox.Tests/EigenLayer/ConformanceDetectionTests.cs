using System.Text.Json.Nodes;
using Restake.Sandbox.EigenLayer;

namespace Restake.Sandbox.Tests.EigenLayer;

/// <summary>The replay must notice any tampering with a recorded result or state.</summary>
public class ConformanceDetectionTests
{
    private static JsonObject LoadVector(string name) =>
        (JsonObject)ScriptDocument.Load(Path.Combine(RepoPaths.EigenLayerVectors, name));

    private static ConformanceReport Check(JsonObject doc) => ElScriptRunner.Check(ElScriptParser.Parse(doc, "tampered.json"));

    [Fact]
    public void A_changed_operator_share_is_reported_with_its_path()
    {
        var doc = LoadVector("hand-02-slash-half-then-deposit-then-withdraw.json");
        var step = doc["steps"]![5]!;
        var node = step["state"]!["operators"]!["operator1"]!["strategies"]!["strategyA"]!;
        var original = node["operatorShares"]!.GetValue<string>();
        node["operatorShares"] = original + "1";
        var report = Check(doc);
        var m = Assert.Single(report.Mismatches);
        Assert.Equal(5, m.Step);
        Assert.Equal("state.operators.operator1.strategies.strategyA.operatorShares", m.Path);
        Assert.Equal(original + "1", m.Expected);
        Assert.Equal(original, m.Actual);
    }

    [Fact]
    public void A_changed_error_name_is_reported()
    {
        var doc = LoadVector("hand-08-invalid-calls.json");
        var steps = doc["steps"]!.AsArray();
        var index = steps.Select((s, i) => (s, i)).First(x => x.s!["result"]!["ok"]!.GetValue<bool>() == false).i;
        steps[index]!["result"]!["error"] = "SomethingElse";
        var report = Check(doc);
        var m = Assert.Single(report.Mismatches);
        Assert.Equal("result.error", m.Path);
        Assert.Equal(index, m.Step);
    }

    [Fact]
    public void A_missing_default_strategy_entry_equals_the_defaults_but_a_wrong_default_does_not()
    {
        var doc = LoadVector("hand-01-happy-path-deposit-delegate-withdraw.json");
        var staker2 = doc["steps"]![1]!["state"]!["stakers"]!["staker2"]!.AsObject();
        Assert.Empty(staker2["strategies"]!.AsObject());
        Assert.True(Check((JsonObject)doc.DeepClone()).Passed);
        staker2["strategies"] = new JsonObject
        {
            ["strategyB"] = new JsonObject { ["depositShares"] = "0", ["withdrawableShares"] = "0", ["depositScalingFactor"] = "1000000000000000000" },
        };
        Assert.True(Check((JsonObject)doc.DeepClone()).Passed);
        staker2["strategies"]!["strategyB"]!["depositScalingFactor"] = "2";
        var m = Assert.Single(Check(doc).Mismatches);
        Assert.Equal("state.stakers.staker2.strategies.strategyB.depositScalingFactor", m.Path);
    }

    [Fact]
    public void Queued_withdrawals_compare_by_nonce_not_by_position()
    {
        var doc = LoadVector("hand-09-redelegate-and-operator-deposits.json");
        var touched = false;
        foreach (var step in doc["steps"]!.AsArray())
        foreach (var (_, staker) in step!["state"]!["stakers"]!.AsObject())
        {
            var queued = staker!["queuedWithdrawals"]!.AsArray();
            if (queued.Count < 2) continue;
            var items = queued.Select(q => q!.DeepClone()).Reverse().ToArray();
            queued.Clear();
            foreach (var q in items) queued.Add(q);
            touched = true;
        }

        Assert.True(touched, "the vector has no step with two queued withdrawals");
        Assert.True(Check(doc).Passed);
    }

    [Fact]
    public void A_wrong_block_number_is_reported()
    {
        var doc = LoadVector("hand-01-happy-path-deposit-delegate-withdraw.json");
        doc["steps"]![3]!["block"] = 5;
        var m = Assert.Single(Check(doc).Mismatches);
        Assert.Equal("block", m.Path);
    }
}
