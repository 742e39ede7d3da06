using System.Text.Json.Nodes;
using Restake.Sandbox.EigenLayer;

namespace Restake.Sandbox.Tests.EigenLayer;

/// <summary>Bad scripts fail before anything runs, with a message naming file, step and field.</summary>
public class ScriptLoaderTests
{
    private const string Header = """
        "actors": {"stakers": ["staker1"], "operators": ["operator1"], "avss": ["avs1"]},
        "constants": {"MIN_WITHDRAWAL_DELAY_BLOCKS": 5, "DEALLOCATION_DELAY": 10, "ALLOCATION_CONFIGURATION_DELAY": 7},
        """;

    private static string Script(string steps) => "{" + Header + "\"steps\": [" + steps + "]}";

    private const string GoodDeposit =
        """{"op": "depositIntoStrategy", "caller": "staker1", "args": {"strategy": "strategyA", "token": "tokenA", "amount": "1000"}}""";

    private static string Deposit(string amountJson) =>
        """{"op": "depositIntoStrategy", "caller": "staker1", "args": {"strategy": "strategyA", "token": "tokenA", "amount": """ + amountJson + "}}";

    private static InputException Fails(string text, ScriptFormat format = ScriptFormat.Json) =>
        Assert.Throws<InputException>(() => ElScriptParser.Parse(ScriptDocument.Parse(text, "bad.json", format), "bad.json"));

    [Theory]
    [InlineData("\"-5\"", "bad.json: step 1 (depositIntoStrategy): args.amount: expected a non-negative integer, got negative '-5'")]
    [InlineData("-5", "bad.json: step 1 (depositIntoStrategy): args.amount: expected a non-negative integer, got negative '-5'")]
    [InlineData("\"12abc\"", "bad.json: step 1 (depositIntoStrategy): args.amount: expected a non-negative integer in decimal digits, got '12abc'")]
    [InlineData("1.5", "bad.json: step 1 (depositIntoStrategy): args.amount: expected a non-negative integer in decimal digits, got '1.5'")]
    [InlineData("true", "bad.json: step 1 (depositIntoStrategy): args.amount: expected a non-negative integer, got true")]
    [InlineData("null", "bad.json: step 1 (depositIntoStrategy): args.amount: must not be null")]
    [InlineData("\"115792089237316195423570985008687907853269984665640564039457584007913129639936\"",
        "bad.json: step 1 (depositIntoStrategy): args.amount: '115792089237316195423570985008687907853269984665640564039457584007913129639936' is above the uint256 maximum 2^256-1")]
    public void Malformed_numbers_name_file_step_and_field(string amount, string message)
    {
        var e = Fails(Script(GoodDeposit + "," + Deposit(amount)));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void The_largest_uint256_is_accepted()
    {
        var script = ElScriptParser.Parse(ScriptDocument.Parse(Script(Deposit(
            "\"115792089237316195423570985008687907853269984665640564039457584007913129639935\"")), "ok.json", ScriptFormat.Json), "ok.json");
        Assert.Single(script.Steps);
    }

    [Fact]
    public void Unknown_operation()
    {
        var e = Fails(Script(GoodDeposit + """,{"op": "depositEverything", "caller": "staker1", "args": {}}"""));
        Assert.StartsWith("bad.json: step 1: op: unknown operation 'depositEverything' (known: ", e.Message);
    }

    [Fact]
    public void Unknown_actor_in_args_and_as_caller()
    {
        Assert.Equal("bad.json: step 0 (delegateTo): args.operator: unknown actor 'operator9'",
            Fails(Script("""{"op": "delegateTo", "caller": "staker1", "args": {"operator": "operator9"}}""")).Message);
        Assert.Equal("bad.json: step 0 (delegateTo): caller: unknown actor 'mallory'",
            Fails(Script("""{"op": "delegateTo", "caller": "mallory", "args": {"operator": "operator1"}}""")).Message);
        Assert.Equal("bad.json: step 0 (queueWithdrawals): args.params[0].strategies[1]: unknown actor 'strategyC'",
            Fails(Script("""{"op": "queueWithdrawals", "caller": "staker1", "args": {"params": [{"strategies": ["strategyA", "strategyC"], "depositShares": ["1", "2"]}]}}""")).Message);
    }

    [Fact]
    public void Missing_and_unknown_fields()
    {
        Assert.Equal("bad.json: step 0 (depositIntoStrategy): args.amount: missing field",
            Fails(Script("""{"op": "depositIntoStrategy", "caller": "staker1", "args": {"strategy": "strategyA", "token": "tokenA"}}""")).Message);
        Assert.Equal("bad.json: step 0 (depositIntoStrategy): args.amout: unknown field",
            Fails(Script("""{"op": "depositIntoStrategy", "caller": "staker1", "args": {"strategy": "strategyA", "token": "tokenA", "amount": "1", "amout": "2"}}""")).Message);
        Assert.Equal("bad.json: step 0 (delegateTo): caller: missing field",
            Fails(Script("""{"op": "delegateTo", "args": {"operator": "operator1"}}""")).Message);
        Assert.Equal("bad.json: step 0 (delegateTo): args: missing field",
            Fails(Script("""{"op": "delegateTo", "caller": "staker1"}""")).Message);
        Assert.Equal("bad.json: top level: steps: missing field", Fails("{" + Header.TrimEnd().TrimEnd(',') + "}").Message);
    }

    [Fact]
    public void Out_of_range_small_integers_and_bad_sets()
    {
        Assert.Equal("bad.json: step 0 (modifyAllocations): args.params[0].newMagnitudes[0]: 18446744073709551616 is above the uint64 maximum 18446744073709551615",
            Fails(Script("""{"op": "modifyAllocations", "caller": "operator1", "args": {"operator": "operator1", "params": [{"operatorSet": "avs1/0", "strategies": ["strategyA"], "newMagnitudes": ["18446744073709551616"]}]}}""")).Message);
        Assert.Equal("bad.json: step 0 (advanceBlocks): args.n: 4294967296 is above the uint32 maximum 4294967295",
            Fails(Script("""{"op": "advanceBlocks", "caller": null, "args": {"n": 4294967296}}""")).Message);
        Assert.Equal("bad.json: step 0 (clearBurnOrRedistributableShares): args.operatorSet: expected an operator set 'avs/id', got 'avs1-0'",
            Fails(Script("""{"op": "clearBurnOrRedistributableShares", "caller": "outsider", "args": {"operatorSet": "avs1-0", "slashId": "1"}}""")).Message);
        Assert.Equal("bad.json: step 0 (clearDeallocationQueue): args.numToClear[0]: 65536 is above the uint16 maximum 65535",
            Fails(Script("""{"op": "clearDeallocationQueue", "caller": "outsider", "args": {"operator": "operator1", "strategies": ["strategyA"], "numToClear": [65536]}}""")).Message);
    }

    [Fact]
    public void Malformed_documents()
    {
        Assert.StartsWith("bad.json: line 1: malformed JSON", Fails("{\"actors\": ").Message);
        Assert.StartsWith("bad.json: line ", Fails("actors: [unclosed", ScriptFormat.Yaml).Message);
        Assert.Equal("bad.json: expected a top-level object", Fails("[1, 2]").Message);
        Assert.Equal("bad.json: top level: actors: missing field", Fails("{\"steps\": []}").Message);
        Assert.Equal("bad.json: top level: actors.stakers[0]: 'outsider' is a reserved name",
            Fails("{\"actors\": {\"stakers\": [\"outsider\"]}, \"steps\": []}").Message);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => ElScriptParser.Load("/nonexistent/script.yaml"));
        Assert.Equal("/nonexistent/script.yaml: file not found", e.Message);
    }

    [Fact]
    public void The_whole_script_is_validated_before_any_step_runs()
    {
        // Step 0 is valid, step 2 is not: loading fails, so no runner (and no output) ever exists.
        var text = Script(GoodDeposit + "," + GoodDeposit + "," + Deposit("\"x\""));
        var e = Fails(text);
        Assert.Contains("step 2 (depositIntoStrategy): args.amount", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_index_that_disagrees_with_its_position_is_rejected()
    {
        var step = (JsonObject)JsonNode.Parse(GoodDeposit)!;
        step["i"] = 3;
        Assert.Equal("bad.json: step 0 (depositIntoStrategy): i: step index 3 does not match its position 0",
            Fails(Script(step.ToJsonString())).Message);
    }
}
