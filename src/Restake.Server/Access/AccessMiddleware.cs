using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Restake.Server.Problems;

namespace Restake.Server.Access;

/// <summary>
/// Authenticates the API key of requests to protected endpoints, applies the key's rate limit, then checks its role.
/// Keys come in <c>X-Api-Key</c> or as <c>Authorization: Bearer</c>.
/// </summary>
public sealed class AccessMiddleware(RequestDelegate next, ApiKeyService keys)
{
    /// <summary>The <see cref="HttpContext.Items"/> slot holding the caller's key.</summary>
    public const string CallerItem = "restake.caller";

    /// <summary>The request header carrying the key.</summary>
    public const string Header = "X-Api-Key";

    private readonly ConcurrentDictionary<string, RateLimiter> limiters = new(StringComparer.Ordinal);

    /// <summary>Invokes the rest of the pipeline when access is granted.</summary>
    public async Task InvokeAsync(HttpContext ctx)
    {
        var required = ctx.GetEndpoint()?.Metadata.GetMetadata<RequiredRole>();
        if (required is null)
        {
            await next(ctx);
            return;
        }

        var secret = Presented(ctx.Request);
        if (secret is null)
        {
            ctx.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
            await ProblemWriter.WriteAsync(ctx, 401, ProblemWriter.Title(401), "An API key is required in the X-Api-Key header.", Header);
            return;
        }

        var key = await keys.AuthenticateAsync(secret, ctx.RequestAborted);
        if (key is null)
        {
            ctx.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
            await ProblemWriter.WriteAsync(ctx, 401, ProblemWriter.Title(401), "The API key is unknown or revoked.", Header);
            return;
        }

        using var lease = LimiterFor(key).AttemptAcquire();
        if (!lease.IsAcquired)
        {
            ctx.Response.Headers.RetryAfter = "1";
            await ProblemWriter.WriteAsync(ctx, 429, ProblemWriter.Title(429), $"The key's limit of {key.RatePerSecond} requests per second was exceeded.", Header);
            return;
        }

        if (key.Role < required.Role)
        {
            await ProblemWriter.WriteAsync(ctx, 403, ProblemWriter.Title(403),
                $"This action needs the {required.Role.Name()} role; the key has the {key.Role.Name()} role.", Header);
            return;
        }

        ctx.Items[CallerItem] = key;
        await next(ctx);
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers[Header].ToString();
        if (header.Length > 0) return header.Trim();
        var auth = request.Headers.Authorization.ToString();
        return auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? auth[7..].Trim() : null;
    }

    private RateLimiter LimiterFor(ApiKeyInfo key) => limiters.GetOrAdd(key.Id, _ =>
    {
        // A one-second bucket refilled every 100 ms: bursts up to the per-second rate, sustained at the rate.
        var perTick = (int)Math.Max(1, key.RatePerSecond / 10);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = (int)Math.Max(1, key.RatePerSecond),
            TokensPerPeriod = perTick,
            ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    });
}
