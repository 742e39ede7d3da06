using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Restake.Server.Access;

/// <summary>Endpoint metadata: the least role a key needs to call the endpoint. Endpoints without it are public.</summary>
public sealed record RequiredRole(Role Role);

/// <summary>Declares role requirements on endpoints.</summary>
public static class RequiredRoleExtensions
{
    /// <summary>Requires a key with at least <paramref name="role"/>.</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, Role role) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredRole(role));

    /// <summary>The key that authenticated this request (set by <see cref="AccessMiddleware"/>).</summary>
    public static ApiKeyInfo Caller(this HttpContext ctx) =>
        ctx.Items[AccessMiddleware.CallerItem] as ApiKeyInfo ?? throw new InvalidOperationException("endpoint has no role requirement");
}
