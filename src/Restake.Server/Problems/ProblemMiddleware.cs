using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Restake.Server.Problems;

/// <summary>
/// Maps every error escaping an endpoint to problem details. Service errors keep their message and field; anything
/// unexpected becomes a plain 500 with a trace id, logged on the server, never a stack trace to the client.
/// </summary>
public sealed class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> log)
{
    /// <summary>Invokes the rest of the pipeline.</summary>
    public async Task InvokeAsync(HttpContext ctx)
    {
        try
        {
            await next(ctx);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception e)
        {
            var (status, field, errors) = Classify(e);
            if (status == 500) log.LogError(e, "Unhandled error on {Method} {Path} ({TraceId})", ctx.Request.Method, ctx.Request.Path, ctx.TraceIdentifier);
            var detail = status == 500 ? "The server failed to handle the request; the trace id identifies it in the server log." : e.Message;
            if (e is BusyException) ctx.Response.Headers.RetryAfter = "5";
            await ProblemWriter.WriteAsync(ctx, status, ProblemWriter.Title(status), detail, field, errors);
        }
    }

    private static (int Status, string? Field, IReadOnlyList<ValidationMessage>? Errors) Classify(Exception e) => e switch
    {
        NotFoundException => (404, null, null),
        ConflictException c => (409, c.Field, null),
        ValidationFailedException v => (422, v.Field, v.Messages),
        UnsupportedMediaTypeException u => (415, u.Field, null),
        BusyException => (503, null, null),
        ServiceException s => (400, s.Field, null),
        InputException => (422, null, null),
        BadHttpRequestException b => (b.StatusCode, b.StatusCode == 413 ? "body" : null, null),
        _ => (500, null, null),
    };
}
