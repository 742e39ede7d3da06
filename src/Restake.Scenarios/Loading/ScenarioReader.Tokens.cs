using System.Collections.Immutable;
using Restake.Scenarios.Model;
using YamlDotNet.RepresentationModel;

namespace Restake.Scenarios.Loading;

/// <summary>Liquid staking and liquid restaking tokens.</summary>
internal sealed partial class ScenarioReader
{
    private const double WeightTolerance = 1e-9;

    private Lst ReadLst(YamlNode node, string path)
    {
        var fields = new YamlFields(errors, node, path, "id", "style", "protocolFee", "withdrawalDelayDays");
        var id = Id(fields, _assets);
        _lsts.Add(id, fields.Required("id"), fields.PathOf("id"));
        return new Lst(id, fields.Enum<LstStyle>("style"), fields.Fraction("protocolFee", 0.10),
            fields.OptionalNumber("withdrawalDelayDays", 0, 0, 3650));
    }

    private Lrt ReadLrt(YamlNode node, string path)
    {
        var fields = new YamlFields(errors, node, path, "id", "style", "underlying", "fee", "allocationPolicy", "withdrawalDelayDays", "tvlEth");
        var id = Id(fields, _assets);
        var underlying = fields.OptionalString("underlying") ?? Scenario.Eth;
        if (underlying != Scenario.Eth && !_lsts.Contains(underlying))
            throw errors.At(fields.Required("underlying"), fields.PathOf("underlying"),
                $"unknown underlying \"{underlying}\" (expected ETH or an LST id: {string.Join(", ", _lsts.Ids)})");
        return new Lrt(id, fields.Enum<LrtStyle>("style"), underlying, fields.Fraction("fee", 0.10),
            ReadAllocationPolicy(fields.Mapping("allocationPolicy", "kind", "weights")),
            fields.OptionalNumber("withdrawalDelayDays", 7, 0, 3650))
        {
            TvlEth = fields.Has("tvlEth") ? fields.Positive("tvlEth", 1e10) : null,
        };
    }

    private AllocationPolicy ReadAllocationPolicy(YamlFields fields)
    {
        var kind = fields.Enum<AllocationPolicyKind>("kind");
        if (kind != AllocationPolicyKind.Manual)
        {
            if (fields.Has("weights"))
                throw errors.At(fields.Required("weights"), fields.PathOf("weights"), "weights are only allowed with kind: manual");
            return new AllocationPolicy(kind, null);
        }

        var weightsNode = fields.Required("weights");
        if (weightsNode is not YamlMappingNode mapping)
            throw errors.At(weightsNode, fields.PathOf("weights"), $"expected a mapping operator → weight, got {YamlErrors.Describe(weightsNode)}");
        var weights = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var op = fields.StringOf(key, fields.PathOf("weights"));
            var at = $"{fields.PathOf("weights")}.{op}";
            _operators.Require(op, key, at);
            weights[op] = fields.NumberOf(value, at, 0, 1);
        }

        var total = weights.Values.Sum();
        if (Math.Abs(total - 1) > WeightTolerance)
            throw errors.At(weightsNode, fields.PathOf("weights"), $"expected weights summing to 1, got {total:R}");
        return new AllocationPolicy(kind, weights.ToImmutable());
    }
}
