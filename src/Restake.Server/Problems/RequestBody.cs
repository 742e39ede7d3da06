using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Restake.Server.Problems;

/// <summary>Reads a JSON request body, turning every kind of malformed input into an error that names the field.</summary>
public static class RequestBody
{
    /// <summary>Deserializes the body as <typeparamref name="T"/>.</summary>
    public static async Task<T> ReadAsync<T>(HttpContext ctx) where T : class
    {
        var type = ctx.Request.ContentType;
        if (type is null || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            throw new UnsupportedMediaTypeException("Content-Type", "the body must be application/json");
        T? value;
        try
        {
            value = await JsonSerializer.DeserializeAsync<T>(ctx.Request.Body, ApiJson.Options, ctx.RequestAborted);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            var why = e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "is not a known field"
                : e.Message.Contains("missing required", StringComparison.OrdinalIgnoreCase) ? e.Message
                : e.Path is null or "$" ? "the body is not valid JSON" : "has an invalid value or type";
            throw new InvalidFieldException(field, why);
        }

        return value ?? throw new InvalidFieldException("body", "must be a JSON object");
    }

    /// <summary>Turns a JSON path ("$.scenario.seed") into a field name ("scenario.seed"); "body" for the root.</summary>
    public static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}

/// <summary>The request body is not of a media type the endpoint accepts.</summary>
public sealed class UnsupportedMediaTypeException(string field, string message) : ServiceException($"{field}: {message}", field);
