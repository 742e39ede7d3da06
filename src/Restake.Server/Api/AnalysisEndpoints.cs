using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Restake.Server.Access;
using Restake.Server.Analyses;
using Restake.Server.Problems;

namespace Restake.Server.Api;

/// <summary>One collection per analysis kind: <c>/api/security-analyses</c>, <c>/api/sandbox-scripts</c>, <c>/api/conformance-runs</c>.</summary>
public static class AnalysisEndpoints
{
    /// <summary>Adds a collection for each registered kind.</summary>
    public static void Map(RouteGroupBuilder api, IEnumerable<IAnalysisHandler> handlers)
    {
        api.MapGet("/analysis-kinds", (AnalysisService s) => s.Kinds.Select(k => new AnalysisKindView(k.Kind, k.Collection, k.Description)))
            .RequireRole(Role.Viewer).WithTags("analyses").WithSummary("Analysis kinds this server offers and their collections.");
        foreach (var h in handlers)
        {
            var kind = h.Kind;
            var g = api.MapGroup($"/{h.Collection}").WithTags(h.Collection);
            g.MapPost("/", async (HttpContext ctx, AnalysisService s) =>
                {
                    var body = await RequestBody.ReadAsync<JsonObject>(ctx);
                    var record = await s.RunAsync(kind, body, ctx.Caller().Id, ctx.RequestAborted);
                    return Results.Created($"/api/{h.Collection}/{record.Id}", record);
                })
                .RequireRole(Role.Analyst).Accepts<JsonObject>("application/json").Produces<AnalysisRecord>(201)
                .ProducesProblem(400).ProducesProblem(422).WithSummary($"Run: {h.Description}");
            g.MapGet("/", async (HttpContext ctx, AnalysisService s) =>
                    await s.ListAsync(kind, (int)Math.Clamp(Query.Long(ctx, "limit") ?? 100, 1, 1000), ctx.RequestAborted))
                .RequireRole(Role.Viewer).WithSummary($"List stored {h.Collection}.");
            g.MapGet("/{id}", (string id, AnalysisService s, CancellationToken ct) => s.GetAsync(kind, id, ct))
                .RequireRole(Role.Viewer).Produces<AnalysisRecord>().ProducesProblem(404).WithSummary($"One stored {kind} result.");
        }
    }
}

/// <summary>An analysis kind.</summary>
public sealed record AnalysisKindView(string Kind, string Collection, string Description);
