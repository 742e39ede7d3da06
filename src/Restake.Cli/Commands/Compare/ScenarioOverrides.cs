using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Restake.Cli.Commands.Compare;

/// <summary>
/// Edits a scenario's YAML text with <c>PATH=VALUE</c> assignments: PATH is dotted field names with list items picked
/// by index or by id (<c>strategies[loop-weeth].leverage</c>, <c>venues.pools[0].amplification</c>); VALUE is a YAML
/// scalar. The edited text is validated by the loader like any scenario.
/// </summary>
public static partial class ScenarioOverrides
{
    /// <summary><paramref name="text"/> with every assignment applied in order; <paramref name="option"/> names the flag in messages.</summary>
    public static string Apply(string text, IReadOnlyList<string> assignments, string option)
    {
        if (assignments.Count == 0) return text;
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) throw InputException.At(null, null, option, $"expected PATH=VALUE, got \"{assignment}\"");
            Set(stream.Documents[0].RootNode, assignment[..equals].Trim(), assignment[(equals + 1)..].Trim(), option);
        }

        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static void Set(YamlNode root, string path, string value, string option)
    {
        var steps = Steps(path, option);
        var node = root;
        for (var i = 0; i < steps.Count; i++)
        {
            var (field, selectors) = steps[i];
            var mapping = node as YamlMappingNode ?? throw Error(option, path, $"\"{field}\" is not inside a mapping");
            var key = new YamlScalarNode(field);
            var last = i == steps.Count - 1 && selectors.Count == 0;
            if (last)
            {
                mapping.Children[key] = new YamlScalarNode(value);
                return;
            }

            if (!mapping.Children.TryGetValue(key, out var child)) throw Error(option, path, $"no field \"{field}\"");
            node = child;
            foreach (var selector in selectors) node = Select(node, selector, option, path);
            if (i == steps.Count - 1) throw Error(option, path, "a path must end with a field name");
        }
    }

    private static YamlNode Select(YamlNode node, string selector, string option, string path)
    {
        if (node is not YamlSequenceNode list) throw Error(option, path, $"[{selector}] applied to something that is not a list");
        if (int.TryParse(selector, out var index))
            return index >= 0 && index < list.Children.Count ? list.Children[index] : throw Error(option, path, $"no item [{index}] (the list has {list.Children.Count})");
        return list.Children.FirstOrDefault(item => item is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id"), out var id)
                   && id is YamlScalarNode { Value: var v } && v == selector)
               ?? throw Error(option, path, $"no item with id \"{selector}\"");
    }

    private static List<(string Field, List<string> Selectors)> Steps(string path, string option)
    {
        var steps = new List<(string, List<string>)>();
        foreach (var part in path.Split('.'))
        {
            var match = StepPattern().Match(part);
            if (!match.Success) throw Error(option, path, $"cannot read \"{part}\" (expected name, name[index] or name[id])");
            steps.Add((match.Groups["name"].Value, match.Groups["sel"].Captures.Select(c => c.Value).ToList()));
        }

        return steps;
    }

    private static InputException Error(string option, string path, string problem) => InputException.At(null, null, option, $"{path}: {problem}");

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)(\[(?<sel>[^\[\]]+)\])*$")]
    private static partial Regex StepPattern();
}
