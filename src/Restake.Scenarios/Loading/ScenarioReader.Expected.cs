using System.Collections.Immutable;
using Restake.Scenarios.Model;
using YamlDotNet.RepresentationModel;

namespace Restake.Scenarios.Loading;

/// <summary>Expected bands: documented outcomes, each naming an entity of the right kind.</summary>
internal sealed partial class ScenarioReader
{
    private ImmutableArray<ExpectedBand> ReadExpected(YamlFields root, IEnumerable<string> tokenIds) =>
        root.List("expected", (node, path) =>
        {
            var fields = new YamlFields(errors, node, path, "metric", "of", "min", "max", "source");
            var metric = fields.Enum<ExpectedMetric>("metric");
            var of = fields.String("of");
            var ofNode = fields.Required("of");
            var ofPath = fields.PathOf("of");
            switch (ExpectedBand.SubjectOf(metric))
            {
                case ExpectedSubject.Pool:
                    _pools.Require(of, ofNode, ofPath);
                    break;
                case ExpectedSubject.Strategy:
                    _strategies.Require(of, ofNode, ofPath);
                    break;
                case ExpectedSubject.Token:
                    var tokens = tokenIds.ToList();
                    if (!tokens.Contains(of, StringComparer.Ordinal))
                        throw errors.At(ofNode, ofPath, tokens.Count == 0
                            ? $"unknown LST or LRT \"{of}\" (none are defined)"
                            : $"unknown LST or LRT \"{of}\" (expected one of: {string.Join(", ", tokens)})");
                    break;
            }

            var min = fields.Number("min");
            var max = fields.Number("max");
            if (max < min)
                throw errors.At(fields.Required("max"), fields.PathOf("max"), $"expected at least min ({min:R}), got {max:R}");
            return new ExpectedBand(metric, of, min, max, fields.OptionalString("source"));
        });
}
