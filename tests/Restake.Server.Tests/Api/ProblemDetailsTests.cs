using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Restake.Server.Access;
using Restake.Server.Tests.Support;

namespace Restake.Server.Tests.Api;

public class ProblemDetailsTests : IAsyncLifetime
{
    private TestServer server = null!;
    private HttpClient analyst = null!;

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync(maxBody: 64 * 1024);
        analyst = server.Client(await server.KeyAsync(Role.Analyst));
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("{", "body")]
    [InlineData("[1,2]", "body")]
    [InlineData("null", "body")]
    [InlineData("""{"name": 5, "yaml": "x: 1"}""", "name")]
    [InlineData("""{"yaml": "x: 1", "expectedVersion": 2}""", "expectedVersion")]
    [InlineData("""{"yaml": "x: 1", "nmae": "typo"}""", "nmae")]
    [InlineData("""{"name": "n"}""", "yaml")]
    [InlineData("""{"name": "n", "yaml": "a: [1"}""", "yaml")]
    public async Task Malformed_scenario_bodies_are_rejected_naming_the_field_and_store_nothing(string body, string field)
    {
        var r = await analyst.PostAsync("/api/scenarios", TestServer.RawJson(body));
        Assert.InRange((int)r.StatusCode, 400, 422);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
        var p = await TestServer.ReadObject(r);
        Assert.Equal(field, (string)p["field"]!);
        Assert.Equal((int)r.StatusCode, (int)p["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)p["title"]));
        Assert.Empty((await analyst.GetFromJsonAsync<JsonArray>("/api/scenarios"))!);
    }

    [Fact]
    public async Task Wrong_content_type_is_415()
    {
        var r = await analyst.PostAsync("/api/scenarios", new StringContent("yaml: x", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        Assert.Equal("Content-Type", (string)(await TestServer.ReadObject(r))["field"]!);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413_and_stores_nothing()
    {
        var yaml = "x: " + new string('a', 200 * 1024);
        var r = await analyst.PostAsync("/api/scenarios", TestServer.Json(new { name = "big", yaml }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Equal("body", (string)(await TestServer.ReadObject(r))["field"]!);
        Assert.Empty((await analyst.GetFromJsonAsync<JsonArray>("/api/scenarios"))!);
    }

    [Fact]
    public async Task Unexpected_errors_are_a_plain_500_without_internals()
    {
        var r = await analyst.GetAsync("/api/test/explode");
        Assert.Equal(HttpStatusCode.InternalServerError, r.StatusCode);
        var text = await r.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain(" at Restake", text);
        Assert.NotNull((string?)JsonNode.Parse(text)!["traceId"]);
    }

    [Fact]
    public async Task Unknown_resources_and_routes_are_404_problems()
    {
        var r = await analyst.GetAsync("/api/scenarios/scn_nope");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Contains("scn_nope", (string)(await TestServer.ReadObject(r))["detail"]!);
        var route = await analyst.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, route.StatusCode);
        Assert.Equal("application/problem+json", route.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Bad_query_parameter_is_named()
    {
        var r = await analyst.GetAsync("/api/runs?status=sleeping");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("status", (string)(await TestServer.ReadObject(r))["field"]!);
        var v = await analyst.GetAsync("/api/scenarios/x?version=two");
        Assert.Equal("version", (string)(await TestServer.ReadObject(v))["field"]!);
    }

    [Fact]
    public async Task Cors_is_off_by_default()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/scenarios");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var r = await analyst.SendAsync(preflight);
        Assert.False(r.Headers.Contains("Access-Control-Allow-Origin"));
        var get = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios");
        get.Headers.Add("Origin", "https://elsewhere.example");
        Assert.False((await analyst.SendAsync(get)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_allows_only_configured_origins()
    {
        await using var open = await TestServer.StartAsync(cors: ["https://dash.example"]);
        using var c = open.Client(open.AdminKey);
        foreach (var (origin, allowed) in new[] { ("https://dash.example", true), ("https://evil.example", false) })
        {
            var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/scenarios");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "GET");
            Assert.Equal(allowed, (await c.SendAsync(preflight)).Headers.Contains("Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public async Task A_key_over_its_rate_limit_gets_429_with_retry_after()
    {
        using var slow = server.Client(await server.KeyAsync(Role.Viewer, ratePerSecond: 5));
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 20; i++) statuses.Add(await slow.GetAsync("/api/scenarios"));
        var limited = statuses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(statuses.Count(r => r.IsSuccessStatusCode), 5, 10);
        Assert.NotEmpty(limited);
        Assert.True(limited[0].Headers.RetryAfter is not null);
        // Other keys are not affected by one key's limit.
        Assert.True((await analyst.GetAsync("/api/scenarios")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task OpenAPI_document_lists_every_resource()
    {
        var doc = (await analyst.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var expected in new[] { "/api/scenarios", "/api/scenarios/{id}", "/api/scenarios/validate", "/api/runs", "/api/runs/{id}/summary", "/api/runs/{id}/cancel", "/api/keys" })
            Assert.Contains(expected, paths);
    }
}
