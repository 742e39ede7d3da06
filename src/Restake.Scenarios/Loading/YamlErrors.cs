using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Restake.Scenarios.Loading;

/// <summary>Builds the loader's messages: "file:line:column: field.path: problem".</summary>
internal sealed class YamlErrors(string file)
{
    public string File { get; } = file;

    public InputException At(YamlNode node, string path, string problem) => At(node.Start, path, problem);

    public InputException At(Mark mark, string path, string problem) =>
        InputException.At($"{File}:{mark.Line}:{mark.Column}", null, path.Length == 0 ? "(document)" : path, problem);

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } s => $"the string \"{s.Value}\"",
        YamlScalarNode s when string.IsNullOrEmpty(s.Value) || s.Value is "~" or "null" => "nothing (null)",
        YamlScalarNode s => $"\"{s.Value}\"",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => node.NodeType.ToString(),
    };
}
