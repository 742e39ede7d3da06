using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Restake.Server.Problems;

/// <summary>Writes RFC 7807 problem details; the <c>field</c> member names the offending part of the request.</summary>
public static class ProblemWriter
{
    /// <summary>Writes a problem response unless the response has already started.</summary>
    public static async Task WriteAsync(HttpContext ctx, int status, string title, string? detail, string? field = null,
        IReadOnlyList<ValidationMessage>? errors = null)
    {
        if (ctx.Response.HasStarted) return;
        // Clearing drops headers set on the way here; the ones that tell a client how to recover must survive.
        var retryAfter = ctx.Response.Headers.RetryAfter;
        var authenticate = ctx.Response.Headers.WWWAuthenticate;
        ctx.Response.Clear();
        ctx.Response.Headers.RetryAfter = retryAfter;
        ctx.Response.Headers.WWWAuthenticate = authenticate;
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/problem+json";
        var body = new Dictionary<string, object?>
        {
            ["type"] = $"https://restake.dev/problems/{status}",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = ctx.Request.Path.Value,
            ["traceId"] = ctx.TraceIdentifier,
        };
        if (field is not null) body["field"] = field;
        if (errors is not null) body["errors"] = errors;
        await JsonSerializer.SerializeAsync(ctx.Response.Body, body, ApiJson.Options);
    }

    /// <summary>The standard title for a status code.</summary>
    public static string Title(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        405 => "Method not allowed",
        409 => "Conflict",
        413 => "Request body too large",
        415 => "Unsupported media type",
        422 => "Validation failed",
        429 => "Too many requests",
        503 => "Service busy",
        _ => "Internal server error",
    };
}
