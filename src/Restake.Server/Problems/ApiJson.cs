using System.Text.Json;
using System.Text.Json.Serialization;

namespace Restake.Server.Problems;

/// <summary>The JSON conventions of the API: camelCase, enums as strings, unknown request fields rejected by name.</summary>
public static class ApiJson
{
    /// <summary>Options for every request and response body.</summary>
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Applies the conventions to <paramref name="options"/> (used for the framework's own serializer too).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MaxDepth = 32;
        return options;
    }
}
