using System.Text.Json.Nodes;
using Restake.Numerics;
using Restake.Sandbox.Defi;
using Restake.Sandbox.Defi.Engines;

namespace Restake.Sandbox.Tests.Defi.Engines;

public class StakingCaseEngineTests
{
    private static readonly DefiConformanceRunner Runner = DefiConformanceRunner.Discover();

    private static void AssertAllPass(DefiFileReport report)
    {
        Assert.True(report.Cases > 0);
        Assert.True(report.Passed, string.Join("\n", report.Mismatches.Select(m => $"{m.Case}: {m.Field}: expected {m.Expected}, got {m.Actual}")));
        Assert.Equal(report.Cases, report.CasesPassed);
    }

    [Theory]
    [InlineData("lido-steth")]
    [InlineData("etherfi-eeth")]
    [InlineData("spl-stake-pool")]
    public void Every_shared_case_matches(string group) => AssertAllPass(Runner.RunFile(DefiConformanceFiles.PathOf(group)));

    [Theory]
    [InlineData("renzo-ezeth.json")]
    [InlineData("kelp-rseth.json")]
    [InlineData("puffer-pufeth.json")]
    [InlineData("swell-sweth.json")]
    [InlineData("lido-steth.extra.json")]
    [InlineData("etherfi-eeth.extra.json")]
    [InlineData("spl-stake-pool.extra.json")]
    public void Every_project_case_matches(string file) => AssertAllPass(Runner.RunFile(StakingCaseFiles.PathOf(file)));

    [Fact]
    public void Evaluators_called_directly_return_every_documented_field()
    {
        var lido = DefiCaseLoader.Load(DefiConformanceFiles.PathOf("lido-steth"));
        var report = lido.Cases.Single(c => c.Op == "handleOracleReport");
        var outputs = new LidoStEthCaseEngine().Evaluate(report);
        foreach (var field in new[] { "totalRewards", "feeEther", "sharesToMintAsFees", "postTotalPooledEther", "postTotalShares", "postShareRate", "feeSharesValue" })
            Assert.Equal(report.Expect[field]!.GetValue<string>(), outputs[field]);

        var renzo = DefiCaseLoader.Load(StakingCaseFiles.PathOf("renzo-ezeth.json"));
        var original = renzo.Cases.First(c => c.Variant == "original");
        Assert.Equal(original.Expect["mintAmount"]!.GetValue<string>(), new RenzoEzEthCaseEngine().Evaluate(original)["mintAmount"]);
        var reverting = renzo.Cases.Single(c => c.Expect["revert"] is not null);
        Assert.Equal("InvalidTokenAmount", Assert.Throws<RevertException>(() => new RenzoEzEthCaseEngine().Evaluate(reverting)).Error);
    }

    [Fact]
    public void Every_engine_family_has_exactly_one_evaluator()
    {
        foreach (var engine in new[] { "lido-steth", "etherfi-eeth", "renzo-ezeth", "kelp-rseth", "puffer-pufeth", "swell-sweth", "spl-stake-pool" })
            Assert.Contains(engine, Runner.Engines);
    }

    private static DefiCase Case(string engine, string op, JsonObject state, JsonObject? args = null, string? variant = null) =>
        new("cases.json", "my case", engine, variant, true, state, op, args ?? [], []);

    [Fact]
    public void Malformed_integers_name_file_case_and_field()
    {
        var c = Case("lido-steth", "stEthPerToken", new JsonObject { ["totalPooledEther"] = "12a", ["totalShares"] = "1" });
        var ex = Assert.Throws<InputException>(() => new LidoStEthCaseEngine().Evaluate(c));
        Assert.Contains("cases.json", ex.Message);
        Assert.Contains("my case", ex.Message);
        Assert.Contains("state.totalPooledEther", ex.Message);

        var missing = Case("kelp-rseth", "updateRSETHPrice", new JsonObject
        {
            ["rsETHPrice"] = "1", ["rsETHSupply"] = "1", ["protocolFeeInBPS"] = "0", ["pricePercentageLimit"] = "0",
            ["assets"] = new JsonArray(new JsonObject { ["assetPrice"] = "1" }),
        });
        Assert.Contains("state.assets[0].totalAssetDeposits", Assert.Throws<InputException>(() => new KelpRsEthCaseEngine().Evaluate(missing)).Message);

        var lamports = Case("spl-stake-pool", "update_stake_pool_balance", new JsonObject
        {
            ["total_lamports"] = "18446744073709551616", ["pool_token_supply"] = "1", ["epoch_fee_numerator"] = "1", ["epoch_fee_denominator"] = "100",
        }, new JsonObject { ["reward_lamports"] = "1" });
        Assert.Contains("state.total_lamports", Assert.Throws<InputException>(() => new SplStakePoolCaseEngine().Evaluate(lamports)).Message);
    }

    [Fact]
    public void Unknown_ops_and_variants_are_input_errors()
    {
        var state = new JsonObject { ["totalTVL"] = "1", ["ezETHSupply"] = "1" };
        Assert.Contains("call.op", Assert.Throws<InputException>(() => new RenzoEzEthCaseEngine().Evaluate(Case("renzo-ezeth", "mint", state))).Message);
        Assert.Contains("variant", Assert.Throws<InputException>(() => new RenzoEzEthCaseEngine().Evaluate(
            Case("renzo-ezeth", "calculateMintAmount", state, new JsonObject { ["newValueAdded"] = "1" }, "v0"))).Message);
        var puffer = new JsonObject { ["totalAssets"] = "1", ["totalSupply"] = "1", ["exitFeeBasisPoints"] = "10001" };
        Assert.Contains("state.exitFeeBasisPoints", Assert.Throws<InputException>(() => new PufferPufEthCaseEngine().Evaluate(
            Case("puffer-pufeth", "deposit", puffer, new JsonObject { ["assets"] = "1" }))).Message);
    }
}
