using Restake.Sandbox.Defi;

namespace Restake.Sandbox.Tests.Defi;

public sealed class DefiConformanceRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("defi-cases-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, json);
        return path;
    }

    private const string LegacyState = """{"A":"50","fee":"4000000","admin_fee":"5000000000","balances":["100000000000000000000000","100000000000000000000000"]}""";

    private static string OneCase(string body) => $$$"""{"format":"defi-case/1","group":"curve-stableswap-legacy","cases":[{{{body}}}]}""";

    [Fact]
    public void AWrongExpectationIsReportedWithCaseFieldAndBothValues()
    {
        var path = Write("wrong.json", OneCase($$$"""
            {"name":"off by one","engine":"curve-stableswap-legacy","state":{{{LegacyState}}},
             "call":{"op":"get_D","args":{}},"expect":{"D":"200000000000000000000001"}}
            """));
        var report = DefiConformanceRunner.Discover().RunFile(path);
        Assert.False(report.Passed);
        Assert.Equal(0, report.CasesPassed);
        var mismatch = Assert.Single(report.Mismatches);
        Assert.Equal(new DefiMismatch("off by one", "D", "200000000000000000000001", "200000000000000000000000"), mismatch);
    }

    [Fact]
    public void RevertExpectationsCompareTheErrorName()
    {
        var path = Write("revert.json", OneCase($$$"""
            {"name":"same coin","engine":"curve-stableswap-legacy","state":{{{LegacyState}}},
             "call":{"op":"get_dy","args":{"i":"1","j":"1","dx":"1"}},"expect":{"revert":"dev: same coin"}},
            {"name":"wrong name","engine":"curve-stableswap-legacy","state":{{{LegacyState}}},
             "call":{"op":"get_dy","args":{"i":"1","j":"1","dx":"1"}},"expect":{"revert":"SomethingElse"}},
            {"name":"expects revert, none","engine":"curve-stableswap-legacy","state":{{{LegacyState}}},
             "call":{"op":"get_D","args":{}},"expect":{"revert":"X"}}
            """));
        var report = DefiConformanceRunner.Discover().RunFile(path);
        Assert.Equal(3, report.Cases);
        Assert.Equal(1, report.CasesPassed);
        Assert.Contains(new DefiMismatch("wrong name", "revert", "SomethingElse", "dev: same coin"), report.Mismatches);
        Assert.Contains(new DefiMismatch("expects revert, none", "revert", "X", "(no revert)"), report.Mismatches);
    }

    [Fact]
    public void ACaseWithoutAnEvaluatorFails()
    {
        var path = Write("unknown.json", OneCase("""
            {"name":"mystery","engine":"no-such-engine","state":{},"call":{"op":"x","args":{}},"expect":{"y":"1"}}
            """));
        var report = DefiConformanceRunner.Discover().RunFile(path);
        var mismatch = Assert.Single(report.Mismatches);
        Assert.Equal("engine", mismatch.Field);
        Assert.Contains("no-such-engine", mismatch.Expected);
    }

    [Fact]
    public void UnlistedFieldsAreNotChecked()
    {
        var path = Write("partial.json", OneCase($$$"""
            {"name":"only dy","engine":"curve-stableswap-legacy","state":{{{LegacyState}}},
             "call":{"op":"get_dy","args":{"i":"1","j":"0","dx":"1000000000000000000000"}},"expect":{"dy":"999404019594235131933"}}
            """));
        Assert.True(DefiConformanceRunner.Discover().RunFile(path).Passed);
    }

    [Theory]
    [InlineData("""{"format":"defi-case/2","group":"g","cases":[]}""", "bad.json: format: expected 'defi-case/1'")]
    [InlineData("""{"format":"defi-case/1","cases":[]}""", "bad.json: group: missing")]
    [InlineData("""{"format":"defi-case/1","group":"g","cases":{}}""", "bad.json: cases: expected an array")]
    [InlineData("""{"format":"defi-case/1","group":"g","cases":[{"engine":"e"}]}""", "bad.json: cases[0]: name: missing")]
    [InlineData("""{"format":"defi-case/1","group":"g","cases":[{"name":"n","engine":"e","state":{},"call":{"args":{}},"expect":{"a":"1"}}]}""", "bad.json: case 'n': call.op: missing")]
    [InlineData("""{"format":"defi-case/1","group":"g","cases":[{"name":"n","engine":"e","state":{},"call":{"op":"o","args":{}},"expect":{"a":1}}]}""", "bad.json: case 'n': expect.a: expected a string, got the number 1")]
    [InlineData("""{"format":"defi-case/1","group":"g","cases":[{"name":"n","engine":"e","state":{},"call":{"op":"o","args":{}},"expect":{"a":"1.5"}}]}""", "bad.json: case 'n': expect.a: expected a decimal integer")]
    [InlineData("""{"format":"defi-case/1","group":"g","cases":[{"name":"n","engine":"e","state":{},"call":{"op":"o"},"expect":{}}]}""", "bad.json: case 'n': expect: expected at least one")]
    [InlineData("""{"format":"defi-case/1","group":"g","cases":[{"name":"n","engine":"e","state":[],"call":{"op":"o"},"expect":{"a":"1"}}]}""", "bad.json: case 'n': state: expected an object")]
    [InlineData("""{"format":"defi-case/1","group":"g","cases":[{"name":"n","engine":"e","state":{},"call":{"op":"o"},"expect":{"a":"1"}},{"name":"n","engine":"e","state":{},"call":{"op":"o"},"expect":{"a":"1"}}]}""", "bad.json: cases[1]: name: duplicate case name 'n'")]
    [InlineData("""{"format": "defi-case/1", """, "bad.json: line")]
    public void MalformedFilesNameFileCaseAndField(string json, string expectedStart)
    {
        var path = Write("bad.json", json);
        var e = Assert.Throws<InputException>(() => DefiConformanceRunner.Discover().RunFile(path));
        Assert.StartsWith(expectedStart, e.Message);
    }

    [Theory]
    [InlineData("""{"A":"50","fee":"4000000","admin_fee":"5000000000","balances":["1","x"]}""", "get_D", "state.balances[1]")]
    [InlineData("""{"A":"-5","fee":"4000000","admin_fee":"5000000000","balances":["1","1"]}""", "get_D", "state.A")]
    [InlineData("""{"fee":"4000000","admin_fee":"5000000000","balances":["1","1"]}""", "get_D", "state.A")]
    [InlineData("""{"A":"50","fee":"4000000","admin_fee":"5000000000","balances":["1","1","1"]}""", "get_D", "state.balances")]
    [InlineData("""{"A":"50","fee":"4000000","admin_fee":"5000000000","balances":["1","1"]}""", "swap", "call.op")]
    [InlineData("""{"A":"50","fee":"4000000","admin_fee":"5000000000","balances":["1","1"]}""", "get_dy", "call.args.i")]
    public void MalformedStateOrArgsNameTheField(string state, string op, string field)
    {
        var path = Write("state.json", OneCase($$$"""
            {"name":"c","engine":"curve-stableswap-legacy","state":{{{state}}},"call":{"op":"{{{op}}}","args":{}},"expect":{"D":"1"}}
            """));
        var e = Assert.Throws<InputException>(() => DefiConformanceRunner.Discover().RunFile(path));
        Assert.StartsWith($"state.json: case 'c': {field}:", e.Message);
    }

    [Fact]
    public void MissingFileIsBadInput() =>
        Assert.Throws<InputException>(() => DefiConformanceRunner.Discover().RunFile(Path.Combine(_dir, "absent.json")));

    [Fact]
    public void EveryEngineNameHasExactlyOneEvaluator()
    {
        var runner = DefiConformanceRunner.Discover();
        foreach (var engine in new[] { "curve-stableswap-legacy", "curve-stableswap-ng", "aave-v3.3", "morpho-blue", "leverage" })
            Assert.Contains(engine, runner.Engines);
    }
}
