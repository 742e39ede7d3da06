using System.Text.Json;
using System.Text.Json.Nodes;
using Restake.Server.Problems;

namespace Restake.Server.Analyses;

/// <summary>Typed reads of analysis request fields; every error names the field.</summary>
public static class RequestFields
{
    /// <summary>Rejects fields the kind does not know, so a typo is reported instead of silently ignored.</summary>
    public static void AllowOnly(JsonObject request, params string[] known)
    {
        foreach (var (key, _) in request)
            if (!known.Contains(key, StringComparer.Ordinal)) throw new InvalidFieldException(key, "is not a known field");
    }

    /// <summary>A required or optional string.</summary>
    public static string? Text(JsonObject request, string field, bool required = false, int maxLength = 4 * 1024 * 1024)
    {
        var node = request[field];
        if (node is null)
            return required ? throw new InvalidFieldException(field, "is required") : null;
        if (node.GetValueKind() != JsonValueKind.String) throw new InvalidFieldException(field, "must be a string");
        var value = node.GetValue<string>();
        if (value.Length > maxLength) throw new InvalidFieldException(field, $"is longer than {maxLength} characters");
        return value;
    }

    /// <summary>An optional number within bounds.</summary>
    public static double? Number(JsonObject request, string field, double min, double max)
    {
        var node = request[field];
        if (node is null) return null;
        if (node.GetValueKind() != JsonValueKind.Number) throw new InvalidFieldException(field, "must be a number");
        var v = node.GetValue<double>();
        return v >= min && v <= max ? v : throw new InvalidFieldException(field, $"must be between {min} and {max}");
    }

    /// <summary>An optional list of strings.</summary>
    public static IReadOnlyList<string>? TextList(JsonObject request, string field)
    {
        var node = request[field];
        if (node is null) return null;
        if (node is not JsonArray array) throw new InvalidFieldException(field, "must be a list of strings");
        return array.Select((n, i) => n?.GetValueKind() == JsonValueKind.String ? n.GetValue<string>()
            : throw new InvalidFieldException($"{field}[{i}]", "must be a string")).ToList();
    }

    /// <summary>One of the allowed words (the first is the default).</summary>
    public static string Choice(JsonObject request, string field, params string[] allowed)
    {
        var value = Text(request, field) ?? allowed[0];
        return allowed.Contains(value, StringComparer.Ordinal) ? value
            : throw new InvalidFieldException(field, $"must be one of {string.Join(", ", allowed)}");
    }
}
