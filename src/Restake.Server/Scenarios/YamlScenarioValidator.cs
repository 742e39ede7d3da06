using Restake.Server.Problems;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Restake.Server.Scenarios;

/// <summary>
/// Structural validation of scenario text: well-formed YAML whose root is a mapping, with an optional string
/// <c>name</c>. Deeper model validation belongs to the scenario loader.
/// </summary>
public sealed class YamlScenarioValidator : IScenarioValidator
{
    /// <inheritdoc />
    public ScenarioValidation Validate(string yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
            return new(false, null, [new ValidationMessage("yaml", "the scenario text is empty")]);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line;
            return new(false, null, [new ValidationMessage("yaml", FirstLine(e.Message), line > 0 ? line : null, (int)e.Start.Column)]);
        }

        if (stream.Documents.Count != 1)
            return new(false, null, [new ValidationMessage("yaml", $"expected one YAML document, found {stream.Documents.Count}")]);
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            return new(false, null, [new ValidationMessage("yaml", "the scenario must be a mapping of fields", (int)node.Start.Line, (int)node.Start.Column)]);
        }

        string? name = null;
        var messages = new List<ValidationMessage>();
        if (root.Children.TryGetValue(new YamlScalarNode("name"), out var nameNode))
        {
            if (nameNode is YamlScalarNode { Value: { Length: > 0 } n }) name = n;
            else messages.Add(new ValidationMessage("name", "must be a non-empty string", (int)nameNode.Start.Line, (int)nameNode.Start.Column));
        }

        return new(messages.Count == 0, name, messages);
    }

    private static string FirstLine(string message)
    {
        var i = message.IndexOf('\n');
        return i < 0 ? message : message[..i];
    }
}
