using Restake.Scenarios.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Restake.Scenarios.Loading;

/// <summary>
/// Loads a scenario from YAML and validates it completely: every problem is an <see cref="InputException"/> whose
/// message is "file:line:column: field.path: what was expected".
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Reads and validates <paramref name="file"/>.</summary>
    public static Scenario Load(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.At(file, null, null, $"cannot read the file ({e.Message})");
        }

        return Parse(text, file, Path.GetDirectoryName(Path.GetFullPath(file)));
    }

    /// <summary>
    /// Parses YAML <paramref name="text"/>; <paramref name="file"/> names the source in messages and
    /// <paramref name="baseDirectory"/> resolves relative data files (CSV price paths); null skips their existence check.
    /// </summary>
    public static Scenario Parse(string text, string file, string? baseDirectory = null)
    {
        var errors = new YamlErrors(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw errors.At(e.Start, "", $"invalid YAML ({FirstLine(e.Message)})");
        }
        catch (InvalidOperationException e)
        {
            // The scanner throws this, without a position, on some unterminated constructs: the position is then
            // where the last well-formed token ended.
            throw errors.At(LastGoodMark(text), "", $"invalid YAML ({e.Message})");
        }

        if (stream.Documents.Count != 1)
            throw InputException.At(file, null, null, $"expected exactly one YAML document, found {stream.Documents.Count}");
        return new ScenarioReader(errors, baseDirectory).Read(stream.Documents[0].RootNode);
    }

    private static Mark LastGoodMark(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext()) last = parser.Current!.End;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Expected: stop at the first token the scanner cannot read.
        }

        return last;
    }

    private static string FirstLine(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: …) - (…): " which the position already says.
        var text = message.Split('\n')[0];
        var cut = text.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? text[(cut + 3)..] : text;
    }
}
