using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Restake.Scenarios.Loading;

/// <summary>
/// One YAML mapping read as a record: the allowed keys are declared up front (any other key is an error at its own
/// position), required and optional fields are read with their type and range checked, and every error names the
/// file, line, column and the field path.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _values = new(StringComparer.Ordinal);

    public YamlFields(YamlErrors errors, YamlNode node, string path, params string[] known)
    {
        Errors = errors;
        Path = path;
        if (node is not YamlMappingNode mapping)
            throw errors.At(node, path, $"expected a mapping with fields {string.Join(", ", known)}, got {YamlErrors.Describe(node)}");
        _node = mapping;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode scalarKey || scalarKey.Value is null)
                throw errors.At(key, path, "expected a plain field name");
            if (!known.Contains(scalarKey.Value, StringComparer.Ordinal))
                throw errors.At(key, Join(path, scalarKey.Value), $"unknown field (expected one of: {string.Join(", ", known)})");
            _values[scalarKey.Value] = (scalarKey, value);
        }
    }

    public YamlErrors Errors { get; }

    public string Path { get; }

    public YamlNode Node => _node;

    public static string Join(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";

    public string PathOf(string field) => Join(Path, field);

    public bool Has(string field) => _values.TryGetValue(field, out var v) && !IsNull(v.Value);

    /// <summary>The value node of a required field.</summary>
    public YamlNode Required(string field)
    {
        if (!_values.TryGetValue(field, out var v) || IsNull(v.Value))
            throw Errors.At(_values.TryGetValue(field, out var present) ? present.Key : _node, PathOf(field), "missing required field");
        return v.Value;
    }

    public YamlNode? Optional(string field) => Has(field) ? _values[field].Value : null;

    public YamlFields Mapping(string field, params string[] known) => new(Errors, Required(field), PathOf(field), known);

    public YamlFields? OptionalMapping(string field, params string[] known) =>
        Optional(field) is { } node ? new YamlFields(Errors, node, PathOf(field), known) : null;

    public string String(string field) => StringOf(Required(field), PathOf(field));

    public string? OptionalString(string field) => Optional(field) is { } node ? StringOf(node, PathOf(field)) : null;

    public double Number(string field, double min = double.MinValue, double max = double.MaxValue) =>
        NumberOf(Required(field), PathOf(field), min, max);

    public double OptionalNumber(string field, double fallback, double min = double.MinValue, double max = double.MaxValue) =>
        Optional(field) is { } node ? NumberOf(node, PathOf(field), min, max) : fallback;

    public double Probability(string field) => Number(field, 0, 1);

    /// <summary>A number strictly above zero and at most <paramref name="max"/>.</summary>
    public double Positive(string field, double max = double.MaxValue) => PositiveOf(Required(field), PathOf(field), max);

    public double OptionalPositive(string field, double fallback, double max = double.MaxValue) =>
        Optional(field) is { } node ? PositiveOf(node, PathOf(field), max) : fallback;

    public double Fraction(string field, double fallback) => OptionalNumber(field, fallback, 0, 1);

    public ulong Integer(string field, ulong min, ulong max)
    {
        var node = Required(field);
        var text = Scalar(node, PathOf(field), "a non-negative integer");
        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw Errors.At(node, PathOf(field), $"expected a non-negative integer, got {YamlErrors.Describe(node)}");
        if (value < min || value > max) throw Errors.At(node, PathOf(field), $"expected an integer in [{min}, {max}], got {value}");
        return value;
    }

    public T Enum<T>(string field) where T : struct, Enum => EnumOf<T>(Required(field), PathOf(field));

    /// <summary>The items of a list field (an absent optional list is empty), each with its node and path.</summary>
    public ImmutableArray<T> List<T>(string field, Func<YamlNode, string, T> read, bool required = false)
    {
        var node = required ? Required(field) : Optional(field);
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
            throw Errors.At(node, PathOf(field), $"expected a list, got {YamlErrors.Describe(node)}");
        return [.. sequence.Children.Select((item, i) => read(item, $"{PathOf(field)}[{i}]"))];
    }

    public string StringOf(YamlNode node, string path)
    {
        var text = Scalar(node, path, "a text value");
        if (text.Length == 0) throw Errors.At(node, path, "expected a non-empty text value");
        return text;
    }

    public double NumberOf(YamlNode node, string path, double min, double max)
    {
        var text = Scalar(node, path, "a number");
        if (node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted }
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw Errors.At(node, path, $"expected a number, got {YamlErrors.Describe(node)}");
        if (value < min || value > max)
            throw Errors.At(node, path, $"expected a number in [{Text(min)}, {Text(max)}], got {Text(value)}");
        return value;
    }

    public double PositiveOf(YamlNode node, string path, double max)
    {
        var value = NumberOf(node, path, double.MinValue, double.MaxValue);
        if (!(value > 0) || value > max) throw Errors.At(node, path, $"expected a number in (0, {Text(max)}], got {Text(value)}");
        return value;
    }

    public T EnumOf<T>(YamlNode node, string path) where T : struct, Enum
    {
        var text = Scalar(node, path, "a name");
        foreach (var value in System.Enum.GetValues<T>())
            if (string.Equals(KebabCase(value.ToString()), text, StringComparison.Ordinal))
                return value;
        var names = string.Join(", ", System.Enum.GetValues<T>().Select(v => KebabCase(v.ToString())));
        throw Errors.At(node, path, $"expected one of: {names}; got {YamlErrors.Describe(node)}");
    }

    /// <summary>The YAML name of an enum member: StakeWeighted → stake-weighted.</summary>
    public static string KebabCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private string Scalar(YamlNode node, string path, string expected)
    {
        if (node is not YamlScalarNode scalar)
            throw Errors.At(node, path, $"expected {expected}, got {YamlErrors.Describe(node)}");
        return scalar.Value ?? "";
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } s && (string.IsNullOrEmpty(s.Value) || s.Value is "~" or "null");

    private static string Text(double x) =>
        x == double.MaxValue ? "∞" : x == double.MinValue ? "−∞" : x.ToString("R", CultureInfo.InvariantCulture);
}
