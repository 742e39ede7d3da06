using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Restake.Server.Access;
using Restake.Server.Analyses;
using Restake.Server.Store;

namespace Restake.Server.Api;

/// <summary>Maps every API resource under <c>/api</c>.</summary>
public static class ApiEndpoints
{
    /// <summary>Adds the API's endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/health", (Database db) => Results.Ok(new HealthView("ok", db.Kind.ToString().ToLowerInvariant())))
            .WithTags("service").WithSummary("Liveness and store kind (no key needed).");
        api.MapGet("/me", (HttpContext ctx) => Results.Ok(KeyView.Of(ctx.Caller())))
            .RequireRole(Role.Viewer).WithTags("keys").WithSummary("The calling key.");
        ScenarioEndpoints.Map(api.MapGroup("/scenarios").WithTags("scenarios"));
        RunEndpoints.Map(api);
        KeyEndpoints.Map(api.MapGroup("/keys").WithTags("keys"));
        AnalysisEndpoints.Map(api, app.ServiceProvider.GetServices<IAnalysisHandler>());
    }
}

/// <summary>Service health.</summary>
public sealed record HealthView(string Status, string Store);
