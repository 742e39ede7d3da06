using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Restake.Server.Access;

namespace Restake.Server.Tests.Support;

/// <summary>Extra routes the tests add to the real server (an endpoint that fails unexpectedly).</summary>
public static class TestRoutes
{
    public const string SecretText = "connection string Password=hunter2 leaked";

    public static void Map(WebApplication app) =>
        app.MapGet("/api/test/explode", string () => throw new InvalidOperationException(SecretText)).RequireRole(Role.Viewer);
}
