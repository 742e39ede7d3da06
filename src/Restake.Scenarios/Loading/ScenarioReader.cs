using Restake.Scenarios.Model;
using YamlDotNet.RepresentationModel;

namespace Restake.Scenarios.Loading;

/// <summary>
/// Reads the scenario's sections in dependency order (assets and operators before what refers to them), keeping the
/// id registries that cross-references are checked against while their YAML positions are still at hand.
/// </summary>
internal sealed partial class ScenarioReader(YamlErrors errors, string? baseDirectory)
{
    private static readonly string[] RootFields =
    [
        "name", "description", "horizonDays", "stepDays", "paths", "seed", "assets", "consensus", "operators", "avss",
        "lsts", "lrts", "venues", "holders", "contractRisks", "strategies", "expected",
    ];

    private readonly IdRegistry _assets = new(errors, "asset");
    private readonly IdRegistry _operators = new(errors, "operator");
    private readonly IdRegistry _avss = new(errors, "AVS");
    private readonly IdRegistry _lsts = new(errors, "LST");
    private readonly IdRegistry _pools = new(errors, "pool");
    private readonly IdRegistry _markets = new(errors, "lending market");
    private readonly IdRegistry _venues = new(errors, "venue");
    private readonly IdRegistry _strategies = new(errors, "strategy");
    private readonly Dictionary<string, double> _allocated = new(StringComparer.Ordinal);

    public Scenario Read(YamlNode root)
    {
        var fields = new YamlFields(errors, root, "", RootFields);
        _assets.Add(Scenario.Eth, root, "");
        var horizon = fields.Positive("horizonDays", 36_500);
        var step = fields.Positive("stepDays", horizon);
        var assets = ReadAssets(fields.Mapping("assets", "ethUsd", "tokens"));
        var consensus = ReadConsensus(fields.Mapping("consensus", "stakedEth", "realisedShare", "executionApr", "exitQueueDays",
            "slashingProbabilityPerYear", "slashingPenalty"));
        var operators = fields.List("operators", ReadOperator, required: true);
        var avss = fields.List("avss", ReadAvs);
        var lsts = fields.List("lsts", ReadLst);
        var lrts = fields.List("lrts", ReadLrt);
        var venues = fields.OptionalMapping("venues", "pools", "lendingMarkets") is { } v
            ? new Venues(v.List("pools", ReadPool), v.List("lendingMarkets", ReadLendingMarket))
            : new Venues([], []);
        var holders = ReadHolders(fields.Mapping("holders", "panicSelling", "arbitrage", "loopers", "liquidators", "runs"));
        var risks = fields.List("contractRisks", ReadContractRisk);
        var strategies = fields.List("strategies", ReadStrategy, required: true);
        if (strategies.IsEmpty) throw errors.At(fields.Required("strategies"), "strategies", "expected at least one strategy");
        var expected = ReadExpected(fields, lsts.Select(l => l.Id).Concat(lrts.Select(l => l.Id)));
        return new Scenario(
            fields.String("name"),
            fields.OptionalString("description"),
            horizon,
            step,
            (long)fields.Integer("paths", 1, long.MaxValue),
            fields.Integer("seed", 0, ulong.MaxValue),
            assets,
            consensus,
            operators,
            avss,
            lsts,
            lrts,
            venues,
            holders,
            risks,
            strategies) { Expected = expected };
    }

    private static string Id(YamlFields fields, IdRegistry registry)
    {
        var id = fields.String("id");
        registry.Add(id, fields.Required("id"), fields.PathOf("id"));
        return id;
    }
}
