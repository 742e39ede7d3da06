using System.Text.Json;
using Restake.Scenarios.Loading;
using Restake.Scenarios.Tests.Loading;
using YamlDotNet.RepresentationModel;

namespace Restake.Scenarios.Tests.Schema;

/// <summary>
/// docs/scenario.schema.json and the loader must agree: on the example, every field the schema requires is one the
/// loader requires, every optional field can be left out, and an unknown field is refused by both.
/// </summary>
public class SchemaAgreementTests
{
    private static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "../../../../../docs/scenario.schema.json");

    // Fields the schema marks optional because their need depends on another field (kind: manual, kind: loop, …).
    private static readonly string[] Conditional = ["allocationPolicy.weights", ".venue", ".leverage", ".operator", ".fee"];

    private static SchemaChecker Checker() => new(JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement);

    private static YamlStream LoadExample()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(ScenarioLoaderTests.Example));
        return stream;
    }

    private static string Save(YamlStream stream)
    {
        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>Every mapping of the example with its loader-style path and the steps to reach it.</summary>
    private static IEnumerable<(string Path, object[] Steps)> Mappings(YamlNode node, string path, object[] steps)
    {
        if (node is YamlMappingNode mapping)
        {
            yield return (path, steps);
            foreach (var (key, value) in mapping.Children)
            {
                var name = ((YamlScalarNode)key).Value!;
                foreach (var m in Mappings(value, path.Length == 0 ? name : $"{path}.{name}", [.. steps, name])) yield return m;
            }
        }
        else if (node is YamlSequenceNode sequence)
        {
            for (var i = 0; i < sequence.Children.Count; i++)
                foreach (var m in Mappings(sequence.Children[i], $"{path}[{i}]", [.. steps, i])) yield return m;
        }
    }

    private static YamlMappingNode Navigate(YamlStream stream, object[] steps)
    {
        YamlNode node = stream.Documents[0].RootNode;
        foreach (var step in steps)
            node = step is int i ? ((YamlSequenceNode)node).Children[i] : ((YamlMappingNode)node).Children[new YamlScalarNode((string)step)];
        return (YamlMappingNode)node;
    }

    /// <summary>Whether the schema's problems are about <paramref name="field"/> (directly or through a oneOf above it).</summary>
    private static bool Rejects(List<string> problems, string field) =>
        problems.Count > 0 && problems.All(p =>
        {
            var at = p[..p.LastIndexOf(": ", StringComparison.Ordinal)];
            return at == field || field.StartsWith(at + ".", StringComparison.Ordinal);
        });

    [Fact]
    public void Example_satisfies_the_schema() =>
        Assert.Empty(Checker().Check(LoadExample().Documents[0].RootNode));

    [Fact]
    public void Required_and_optional_fields_agree_with_the_loader()
    {
        var checker = Checker();
        var mappings = Mappings(LoadExample().Documents[0].RootNode, "", []).ToList();
        var checkedFields = 0;
        foreach (var (path, steps) in mappings)
        {
            foreach (var key in Navigate(LoadExample(), steps).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList())
            {
                var field = path.Length == 0 ? key : $"{path}.{key}";
                if (path.EndsWith("weights", StringComparison.Ordinal) || Conditional.Any(c => field.EndsWith(c, StringComparison.Ordinal)))
                    continue;
                var stream = LoadExample();
                Navigate(stream, steps).Children.Remove(new YamlScalarNode(key));
                var schemaRequires = Rejects(checker.Check(stream.Documents[0].RootNode), field);
                var text = Save(stream);
                if (schemaRequires)
                {
                    var message = Assert.Throws<InputException>(() => ScenarioLoader.Parse(text, "s.yaml")).Message;
                    Assert.Contains($": {field}: missing required field", message);
                }
                else
                {
                    var problems = checker.Check(stream.Documents[0].RootNode);
                    Assert.True(problems.Count == 0, $"removing {field}: {string.Join("; ", problems)}");
                    // Must load, unless something else referred to what was removed (lsts, venues, …).
                    var error = Record.Exception(() => ScenarioLoader.Parse(text, "s.yaml"));
                    if (error is not null)
                    {
                        Assert.IsType<InputException>(error);
                        Assert.Contains(": unknown ", error.Message);
                        Assert.DoesNotContain("missing required field", error.Message);
                    }
                }

                checkedFields++;
            }
        }

        Assert.True(checkedFields > 100, $"only {checkedFields} fields checked");
    }

    [Fact]
    public void Unknown_fields_are_refused_by_both()
    {
        var checker = Checker();
        foreach (var (path, steps) in Mappings(LoadExample().Documents[0].RootNode, "", []))
        {
            if (path.EndsWith("weights", StringComparison.Ordinal)) continue; // keys are operator ids there
            var stream = LoadExample();
            Navigate(stream, steps).Children.Add(new YamlScalarNode("bogus"), new YamlScalarNode("1"));
            var field = path.Length == 0 ? "bogus" : $"{path}.bogus";
            Assert.True(Rejects(checker.Check(stream.Documents[0].RootNode), field), $"schema accepts {field}");
            var message = Assert.Throws<InputException>(() => ScenarioLoader.Parse(Save(stream), "s.yaml")).Message;
            Assert.Contains($": {field}: unknown field", message);
        }
    }
}
