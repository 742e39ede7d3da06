using System.Text.Json.Nodes;
using Restake.Numerics;
using Restake.Sandbox.EigenLayer;
using Restake.Sandbox.Stack;

namespace Restake.Sandbox.Tests.Stack;

public sealed class StackScriptTests
{
    private const string World = """
        kind: stack
        world:
          eigenlayer:
            avss: {avs1: {operatorSets: [0]}}
            operators: {op1: {allocations: {avs1/0: "0.5e18"}}}
          lrts:
            ezETH: {delegation: {op1: 10000}}
          pools:
            pool: {coins: [ETH, ezETH]}
          markets:
            market:
              prices: {ETH: "3000e8"}
              reserves:
                ETH: {ltv: 8000, liquidationThreshold: 8250, liquidationBonus: 10500}
                ezETH: {ltv: 7200, liquidationThreshold: 7500, liquidationBonus: 10750, borrowingEnabled: false, price: {source: capped-rate}}
          holders:
            alice: {ETH: "1000e18"}
            bob: {ETH: "10e18"}
        """;

    private static StackScript Parse(string steps) =>
        StackScriptParser.Parse(ScriptDocument.Parse(World + "\nsteps:\n" + steps, "test.yaml", ScriptFormat.Yaml), "test.yaml");

    private static List<StackStepReport> Run(string steps)
    {
        var runner = new StackScriptRunner(Parse(steps));
        return runner.Steps().ToList();
    }

    [Fact]
    public void Steps_run_each_engine_through_its_own_api_and_report_returns()
    {
        var reports = Run("""
              - {op: depositETH, target: ezETH, caller: alice, args: {amount: "100e18"}}
              - {op: stakeEthFromQueue, target: ezETH, args: {amount: "60e18"}}
              - {op: add_liquidity, target: pool, caller: alice, args: {amounts: ["20e18", "20e18"]}}
              - {op: exchange, target: pool, caller: bob, args: {i: 0, j: 1, dx: "1e18"}}
              - {op: slashOperator, target: eigenlayer, caller: avs1, args: {operator: op1, operatorSetId: 0, wadsToSlash: ["0.5e18"]}}
              - {op: advanceTime, args: {seconds: 25}}
            """);
        Assert.All(reports, r => Assert.True(r.Outcome.Ok, r.Outcome.Error));
        Assert.Equal("100000000000000000000", reports[0].Outcome.Returns["minted"]!.GetValue<string>());
        Assert.Equal("60000000000000000000", reports[1].Outcome.Returns["depositShares"]![0]!.GetValue<string>());
        Assert.Equal("40000000000000000000", reports[2].Outcome.Returns["lpMinted"]!.GetValue<string>());
        Assert.NotNull(reports[3].Outcome.Returns["dy"]);
        // 50 % of a 50 % allocation: the 60 restaked ETH are worth 45; TVL 85 over 100 ezETH.
        Assert.Equal("15000000000000000000", reports[4].Outcome.Returns["shares"]![0]!.GetValue<string>());
        var vault = StackStateTables.ToJson(reports[4].State)["ezETH"]!["vault"]![0]!;
        Assert.Equal("85000000000000000000", vault["TVL"]!.GetValue<string>());
        Assert.Equal("850000000000000000", vault["rate"]!.GetValue<string>());
        // The capped-rate market follows: 3000 USD × 0.85.
        var reserves = StackStateTables.ToJson(reports[4].State)["market"]!["reserves"]!.AsArray();
        Assert.Equal("255000000000", reserves.First(r => r!["asset"]!.GetValue<string>() == "ezETH")!["price (USD)"]!.GetValue<string>());
        Assert.Equal(reports[4].Block + 3, reports[5].Block); // 25 s → 3 blocks of 12 s
    }

    [Fact]
    public void A_reverting_step_reports_the_error_and_changes_no_table()
    {
        var reports = Run("""
              - {op: depositETH, target: ezETH, caller: alice, args: {amount: "100e18"}}
              - {op: depositETH, target: ezETH, caller: bob, args: {amount: "11e18"}}
              - {op: borrow, target: market, caller: bob, args: {asset: ETH, amount: "1e18"}}
              - {op: liquidationCall, target: market, caller: alice, args: {collateralAsset: ezETH, debtAsset: ETH, user: bob, debtToCover: max}}
            """);
        Assert.False(reports[1].Outcome.Ok);
        Assert.Equal("ERC20InsufficientBalance", reports[1].Outcome.Error);
        Assert.False(reports[2].Outcome.Ok);
        Assert.False(reports[3].Outcome.Ok);
        var first = StackStateTables.ToJson(reports[0].State).ToJsonString();
        Assert.All(reports.Skip(1), r => Assert.Equal(first, StackStateTables.ToJson(r.State).ToJsonString()));
    }

    [Fact]
    public void Withdraw_means_the_vault_or_the_market_by_target()
    {
        var reports = Run("""
              - {op: depositETH, target: ezETH, caller: alice, args: {amount: "100e18"}}
              - {op: supply, target: market, caller: alice, args: {asset: ezETH, amount: "10e18"}}
              - {op: withdraw, target: market, caller: alice, args: {asset: ezETH, amount: max}}
              - {op: withdraw, target: ezETH, caller: alice, args: {amount: "5e18"}}
            """);
        Assert.Equal("10000000000000000000", reports[2].Outcome.Returns["amount"]!.GetValue<string>());
        Assert.Equal(1, reports[3].Outcome.Returns["withdrawRequestIndex"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("- {op: fly, target: pool, caller: alice}", "step 0", "op", "unknown operation 'fly'")]
    [InlineData("- {op: exchange, target: nowhere, caller: alice, args: {i: 0, j: 1, dx: 1}}", "step 0 (exchange)", "target", "unknown engine 'nowhere'")]
    [InlineData("- {op: exchange, target: market, caller: alice, args: {i: 0, j: 1, dx: 1}}", "step 0 (exchange)", "target", "applies to a pool")]
    [InlineData("- {op: exchange, target: pool, caller: carol, args: {i: 0, j: 1, dx: 1}}", "step 0 (exchange)", "caller", "unknown holder 'carol'")]
    [InlineData("- {op: exchange, target: pool, caller: alice, args: {i: 0, j: 2, dx: 1}}", "step 0 (exchange)", "args.j", "from 0 to 1")]
    [InlineData("- {op: exchange, target: pool, caller: alice, args: {i: 0, j: 1, dx: \"1.5e0\"}}", "step 0 (exchange)", "args.dx", "whole number")]
    [InlineData("- {op: exchange, target: pool, caller: alice, args: {i: 0, j: 1, dx: 1, slippage: 3}}", "step 0 (exchange)", "args.slippage", "unknown field")]
    [InlineData("- {op: add_liquidity, target: pool, caller: alice, args: {amounts: [\"1\"]}}", "step 0 (add_liquidity)", "args.amounts", "2 amounts")]
    [InlineData("- {op: slashOperator, target: eigenlayer, caller: alice, args: {operator: op1, operatorSetId: 0, wadsToSlash: [\"1\"]}}", "step 0 (slashOperator)", "caller", "not an AVS or operator")]
    [InlineData("- {op: slashOperator, target: eigenlayer, caller: avs1, args: {operator: op9, operatorSetId: 0, wadsToSlash: [\"1\"]}}", "step 0 (slashOperator)", "args.operator", "unknown operator 'op9'")]
    [InlineData("- {op: supply, target: market, caller: alice, args: {asset: DOGE, amount: 1}}", "step 0 (supply)", "args.asset", "no reserve 'DOGE'")]
    [InlineData("- {op: advanceTime, target: pool, args: {seconds: 1}}", "step 0 (advanceTime)", "target", "takes no target")]
    [InlineData("- {op: depositETH, target: ezETH, caller: alice}", "step 0 (depositETH)", "args.amount", "missing field")]
    public void Bad_steps_name_file_step_and_field(string step, string where, string field, string problem)
    {
        var e = Assert.Throws<InputException>(() => Parse("  " + step));
        Assert.Contains("test.yaml", e.Message);
        Assert.Contains(where, e.Message);
        Assert.Contains(field, e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Theory]
    [InlineData("ezETH: {delegation: {op1: 10000}}", "ezETH: {delegation: {op7: 10000}}", "world.lrts.ezETH.delegation.op7", "unknown operator")]
    [InlineData("coins: [ETH, ezETH]", "coins: [ETH, stETH]", "world.pools.pool.coins[1]", "unknown token 'stETH'")]
    [InlineData("price: {source: capped-rate}", "price: {source: twap}", "price.source", "unknown price source")]
    [InlineData("avs1/0: \"0.5e18\"", "avs1/3: \"0.5e18\"", "allocations.avs1/3", "no operator set 3")]
    [InlineData("avs1/0: \"0.5e18\"", "avs1/0: \"2e18\"", "allocations.avs1/0", "from 0 to 1000000000000000000")]
    [InlineData("alice: {ETH: \"1000e18\"}", "alice: {ezETH: \"1000e18\"}", "holders.alice.ezETH", "depositETH")]
    public void Bad_worlds_name_the_field(string good, string bad, string field, string problem)
    {
        var text = World.Replace(good, bad) + "\nsteps: []\n";
        var e = Assert.Throws<InputException>(() => StackScriptParser.Parse(ScriptDocument.Parse(text, "w.yaml", ScriptFormat.Yaml), "w.yaml"));
        Assert.Contains("w.yaml: world", e.Message);
        Assert.Contains(field, e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Detects_stack_scripts_by_kind_or_world_and_leaves_vectors_alone()
    {
        Assert.True(StackScriptParser.IsStackScript(JsonNode.Parse("""{"kind": "stack"}""")!));
        Assert.True(StackScriptParser.IsStackScript(JsonNode.Parse("""{"world": {}}""")!));
        Assert.False(StackScriptParser.IsStackScript(JsonNode.Parse("""{"actors": {}, "steps": []}""")!));
    }

    [Fact]
    public void The_bundled_example_ends_with_a_successful_liquidation()
    {
        var path = Path.Combine(RepoRoot(), "examples", "sandbox", "lrt-slash-depeg-liquidation.yaml");
        var runner = new StackScriptRunner(StackScriptParser.Load(path));
        var reports = runner.Steps().ToList();
        var liquidations = reports.Where(r => r.Op == "liquidationCall").ToList();
        Assert.Equal("HealthFactorNotBelowThreshold", liquidations[0].Outcome.Error);
        Assert.True(liquidations[1].Outcome.Ok);
        Assert.True(UInt256.Parse(liquidations[1].Outcome.Returns["healthFactorBefore"]!.GetValue<string>()) < Wad.One);
        Assert.True(UInt256.Parse(liquidations[1].Outcome.Returns["collateralSeized"]!.GetValue<string>()) > UInt256.Zero);
        Assert.Equal(880_000_000_000_000_000UL, runner.Stack.Lrt("ezETH").Rate());
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Restake.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Restake.slnx not found");
    }
}
