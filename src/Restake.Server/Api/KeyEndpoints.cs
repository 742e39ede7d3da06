using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Restake.Server.Access;
using Restake.Server.Problems;

namespace Restake.Server.Api;

/// <summary>API key management (admin only).</summary>
public static class KeyEndpoints
{
    /// <summary>Body of a key creation request.</summary>
    public sealed record KeyRequest(string? Name, string? Role, long? RatePerSecond);

    /// <summary>Adds the endpoints to <paramref name="g"/>.</summary>
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/", async (ApiKeyService keys, CancellationToken ct) => (await keys.ListAsync(ct)).Select(KeyView.Of))
            .RequireRole(Role.Admin).WithSummary("List keys (never their secrets).");
        g.MapPost("/", async (HttpContext ctx, ApiKeyService keys) =>
            {
                var body = await RequestBody.ReadAsync<KeyRequest>(ctx);
                var issued = await keys.IssueAsync(body.Name, body.Role, body.RatePerSecond, ctx.RequestAborted);
                return Results.Created($"/api/keys/{issued.Info.Id}", new IssuedKeyView(KeyView.Of(issued.Info), issued.Secret));
            })
            .RequireRole(Role.Admin).Accepts<KeyRequest>("application/json").Produces<IssuedKeyView>(201).ProducesProblem(400)
            .WithSummary("Issue a key; the secret is returned this once.");
        g.MapDelete("/{id}", async (string id, ApiKeyService keys, CancellationToken ct) =>
            {
                await keys.RevokeAsync(id, ct);
                return Results.NoContent();
            })
            .RequireRole(Role.Admin).ProducesProblem(404).WithSummary("Revoke a key.");
    }
}

/// <summary>A key as shown by the API.</summary>
public sealed record KeyView(string Id, string Name, string Role, string Prefix, long RatePerSecond, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Projects a stored key.</summary>
    public static KeyView Of(ApiKeyInfo k) => new(k.Id, k.Name, k.Role.Name(), k.Prefix, k.RatePerSecond, k.CreatedAt, k.RevokedAt);
}

/// <summary>A newly issued key with its secret.</summary>
public sealed record IssuedKeyView(KeyView Key, string Secret);
