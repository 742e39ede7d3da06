using Restake.Scenarios.Model;
using YamlDotNet.RepresentationModel;

namespace Restake.Scenarios.Loading;

/// <summary>Assets and prices, consensus, operators and AVSs.</summary>
internal sealed partial class ScenarioReader
{
    // Magnitudes are decimals in the file; a total of exactly 1 on paper must not fail by rounding.
    private const double MagnitudeTolerance = 1e-9;

    private Assets ReadAssets(YamlFields fields)
    {
        var eth = ReadPrice(fields.Required("ethUsd"), fields.PathOf("ethUsd"));
        var tokens = fields.List("tokens", (node, path) =>
        {
            var token = new YamlFields(errors, node, path, "id", "usd");
            var id = Id(token, _assets);
            return new Token(id, ReadPrice(token.Required("usd"), token.PathOf("usd")));
        });
        return new Assets(eth, tokens);
    }

    private PriceModel ReadPrice(YamlNode node, string path)
    {
        var probe = new YamlFields(errors, node, path, "model", "initial", "drift", "volatility", "jumps", "file", "column");
        var model = probe.String("model");
        switch (model)
        {
            case "gbm":
            {
                var gbm = new YamlFields(errors, node, path, "model", "initial", "drift", "volatility", "jumps");
                var jumps = gbm.OptionalMapping("jumps", "intensityPerYear", "meanLog", "sdLog") is { } j
                    ? new JumpModel(j.Number("intensityPerYear", 0, 1e6), j.Number("meanLog", -10, 10), j.Number("sdLog", 0, 10))
                    : null;
                return new GbmPrice(gbm.Positive("initial"), gbm.Number("drift", -10, 10), gbm.Number("volatility", 0, 20), jumps);
            }
            case "csv":
            {
                var csv = new YamlFields(errors, node, path, "model", "file", "column");
                var file = csv.String("file");
                if (baseDirectory is not null && !File.Exists(Path.Combine(baseDirectory, file)))
                    throw errors.At(csv.Required("file"), csv.PathOf("file"), $"price file \"{file}\" not found next to the scenario");
                return new CsvPrice(file, csv.String("column"));
            }
            default:
                throw errors.At(probe.Required("model"), probe.PathOf("model"), $"expected one of: gbm, csv; got \"{model}\"");
        }
    }

    private ConsensusParameters ReadConsensus(YamlFields fields) => new(
        fields.Number("stakedEth", 1, 1e10),
        fields.Fraction("realisedShare", 0.97),
        fields.OptionalNumber("executionApr", 0.005, 0, 1),
        fields.OptionalNumber("exitQueueDays", 0, 0, 3650))
    {
        SlashingProbabilityPerYear = fields.Fraction("slashingProbabilityPerYear", 0),
        SlashingPenalty = fields.Fraction("slashingPenalty", 0.01),
    };

    private Operator ReadOperator(YamlNode node, string path)
    {
        var fields = new YamlFields(errors, node, path, "id", "stakeEth", "commission", "correlationGroup");
        var id = Id(fields, _operators);
        return new Operator(id, fields.Number("stakeEth", 0), fields.Fraction("commission", 0.10),
            fields.OptionalString("correlationGroup"));
    }

    private Avs ReadAvs(YamlNode node, string path)
    {
        var fields = new YamlFields(errors, node, path, "id", "reward", "faultProbabilityPerYear", "slashFraction",
            "correlationGroup", "profitFromCorruptionUsd", "threshold", "operatorSets");
        var id = Id(fields, _avss);
        var reward = fields.Mapping("reward", "token", "aprOnAllocated");
        var token = reward.String("token");
        _assets.Require(token, reward.Required("token"), reward.PathOf("token"));
        var sets = new IdRegistry(errors, "operator set");
        return new Avs(
            id,
            new AvsReward(token, reward.Number("aprOnAllocated", 0, 10)),
            fields.Probability("faultProbabilityPerYear"),
            fields.Probability("slashFraction"),
            fields.OptionalString("correlationGroup"),
            fields.OptionalNumber("profitFromCorruptionUsd", 0, 0),
            fields.OptionalNumber("threshold", 2.0 / 3, 0, 1),
            fields.List("operatorSets", (setNode, setPath) => ReadOperatorSet(setNode, setPath, sets)));
    }

    private OperatorSet ReadOperatorSet(YamlNode node, string path, IdRegistry sets)
    {
        var fields = new YamlFields(errors, node, path, "id", "allocations");
        var id = Id(fields, sets);
        var members = new IdRegistry(errors, "allocated operator");
        return new OperatorSet(id, fields.List("allocations", (allocationNode, allocationPath) =>
        {
            var allocation = new YamlFields(errors, allocationNode, allocationPath, "operator", "magnitude");
            var op = allocation.String("operator");
            var opNode = allocation.Required("operator");
            _operators.Require(op, opNode, allocation.PathOf("operator"));
            members.Add(op, opNode, allocation.PathOf("operator"));
            var magnitude = allocation.Probability("magnitude");
            var total = _allocated.GetValueOrDefault(op) + magnitude;
            if (total > 1 + MagnitudeTolerance)
                throw errors.At(allocation.Required("magnitude"), allocation.PathOf("magnitude"),
                    $"operator \"{op}\" would have magnitudes summing to {total:R} across all operator sets; expected at most 1");
            _allocated[op] = total;
            return new Allocation(op, magnitude);
        }, required: true));
    }
}
