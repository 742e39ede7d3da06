using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Restake.Server.Access;
using Restake.Server.Problems;
using Restake.Server.Scenarios;

namespace Restake.Server.Api;

/// <summary>Scenario resources: create, list, get, validate, update (new version), delete.</summary>
public static class ScenarioEndpoints
{
    /// <summary>Body of create and update requests.</summary>
    public sealed record ScenarioWrite(string? Name, string? Yaml, long? ExpectedVersion);

    /// <summary>Body of a validation request.</summary>
    public sealed record ScenarioText(string? Yaml);

    /// <summary>Adds the endpoints to <paramref name="g"/>.</summary>
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/", (ScenarioService s, CancellationToken ct) => s.ListAsync(ct))
            .RequireRole(Role.Viewer).WithSummary("List scenarios.");
        g.MapPost("/", async (HttpContext ctx, ScenarioService s) =>
            {
                var body = await RequestBody.ReadAsync<ScenarioWrite>(ctx);
                if (body.ExpectedVersion is not null) throw new InvalidFieldException("expectedVersion", "applies to updates only");
                var doc = await s.CreateAsync(body.Name, body.Yaml, ctx.Caller().Id, ctx.RequestAborted);
                return Results.Created($"/api/scenarios/{doc.Info.Id}", doc);
            })
            .RequireRole(Role.Analyst).Accepts<ScenarioWrite>("application/json").Produces<ScenarioDocument>(201)
            .ProducesProblem(400).ProducesProblem(422).WithSummary("Create a scenario from YAML text (version 1).");
        g.MapPost("/validate", async (HttpContext ctx, ScenarioService s) =>
                s.Validate((await RequestBody.ReadAsync<ScenarioText>(ctx)).Yaml))
            .RequireRole(Role.Viewer).Accepts<ScenarioText>("application/json").Produces<ScenarioValidation>()
            .WithSummary("Validate scenario text without storing it; messages carry line and field.");
        g.MapGet("/{id}", (HttpContext ctx, string id, ScenarioService s) => s.GetAsync(id, Query.Long(ctx, "version"), ctx.RequestAborted))
            .RequireRole(Role.Viewer).ProducesProblem(404).WithSummary("A scenario with the text of one version (latest by default).");
        g.MapGet("/{id}/versions", (string id, ScenarioService s, CancellationToken ct) => s.VersionsAsync(id, ct))
            .RequireRole(Role.Viewer).ProducesProblem(404).WithSummary("Every version of a scenario, newest first.");
        g.MapPut("/{id}", async (HttpContext ctx, string id, ScenarioService s) =>
            {
                var body = await RequestBody.ReadAsync<ScenarioWrite>(ctx);
                return await s.UpdateAsync(id, body.Name, body.Yaml, body.ExpectedVersion, ctx.Caller().Id, ctx.RequestAborted);
            })
            .RequireRole(Role.Analyst).Accepts<ScenarioWrite>("application/json").Produces<ScenarioDocument>()
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422)
            .WithSummary("Store new text as the next version; expectedVersion guards against concurrent edits.");
        g.MapDelete("/{id}", async (string id, ScenarioService s, CancellationToken ct) =>
            {
                await s.DeleteAsync(id, ct);
                return Results.NoContent();
            })
            .RequireRole(Role.Admin).ProducesProblem(404).WithSummary("Delete a scenario and its versions.");
    }
}
