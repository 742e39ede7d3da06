using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Restake.Server.Access;
using Restake.Server.Tests.Support;

namespace Restake.Server.Tests.Access;

/// <summary>Every endpoint against every role: allowed roles get through, lower roles get 403 and change nothing.</summary>
public class RoleMatrixTests : IAsyncLifetime
{
    private TestServer server = null!;
    private HttpClient admin = null!;
    private string scenarioId = null!;
    private string runId = null!;

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync();
        admin = server.Client(server.AdminKey);
        scenarioId = await NewScenario();
        runId = await NewFinishedRun();
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    /// <summary>(method, path, least role, body).</summary>
    private async Task<(HttpMethod Method, string Path, Role Least, object? Body)[]> Cases() =>
    [
        (HttpMethod.Get, "/api/me", Role.Viewer, null),
        (HttpMethod.Get, "/api/scenarios", Role.Viewer, null),
        (HttpMethod.Post, "/api/scenarios/validate", Role.Viewer, new { yaml = TestScenarios.World() }),
        (HttpMethod.Get, $"/api/scenarios/{scenarioId}", Role.Viewer, null),
        (HttpMethod.Get, $"/api/scenarios/{scenarioId}/versions", Role.Viewer, null),
        (HttpMethod.Post, "/api/scenarios", Role.Analyst, new { name = "n", yaml = TestScenarios.World() }),
        (HttpMethod.Put, $"/api/scenarios/{scenarioId}", Role.Analyst, new { yaml = TestScenarios.World(seed: 2) }),
        (HttpMethod.Delete, $"/api/scenarios/{await NewScenario()}", Role.Admin, null),
        (HttpMethod.Get, "/api/modes", Role.Viewer, null),
        (HttpMethod.Get, "/api/runs", Role.Viewer, null),
        (HttpMethod.Get, $"/api/runs/{runId}", Role.Viewer, null),
        (HttpMethod.Get, $"/api/runs/{runId}/progress", Role.Viewer, null),
        (HttpMethod.Get, $"/api/runs/{runId}/summary", Role.Viewer, null),
        (HttpMethod.Get, $"/api/runs/{runId}/paths", Role.Viewer, null),
        (HttpMethod.Get, $"/api/runs/{runId}/report", Role.Viewer, null),
        (HttpMethod.Post, "/api/runs", Role.Analyst, new { scenarioId, seed = 1, paths = 10, mode = RandomWalkExecutor.Name }),
        (HttpMethod.Post, $"/api/runs/{runId}/cancel", Role.Analyst, null),
        (HttpMethod.Delete, $"/api/runs/{await NewFinishedRun()}", Role.Admin, null),
        (HttpMethod.Get, "/api/analysis-kinds", Role.Viewer, null),
        (HttpMethod.Get, "/api/security-analyses", Role.Viewer, null),
        (HttpMethod.Get, "/api/sandbox-scripts", Role.Viewer, null),
        (HttpMethod.Get, "/api/conformance-runs", Role.Viewer, null),
        (HttpMethod.Post, "/api/security-analyses", Role.Analyst, new { format = "json", text = "{}" }),
        (HttpMethod.Post, "/api/sandbox-scripts", Role.Analyst, new { format = "yaml", script = "name: x\n" }),
        (HttpMethod.Post, "/api/conformance-runs", Role.Analyst, new { suite = "none" }),
        (HttpMethod.Get, "/api/keys", Role.Admin, null),
        (HttpMethod.Post, "/api/keys", Role.Admin, new { name = "k", role = "viewer" }),
        (HttpMethod.Delete, $"/api/keys/{await NewKeyId()}", Role.Admin, null),
    ];

    [Fact]
    public async Task Each_role_can_do_exactly_what_it_should()
    {
        var keys = new Dictionary<Role, string>
        {
            [Role.Viewer] = await server.KeyAsync(Role.Viewer),
            [Role.Analyst] = await server.KeyAsync(Role.Analyst),
            [Role.Admin] = await server.KeyAsync(Role.Admin),
        };
        var failures = new List<string>();
        foreach (var role in new[] { Role.Viewer, Role.Analyst, Role.Admin })
        {
            using var c = server.Client(keys[role]);
            foreach (var (method, path, least, body) in await Cases())
            {
                var before = await Snapshot();
                var response = await c.SendAsync(Request(method, path, body));
                var status = (int)response.StatusCode;
                if (role >= least)
                {
                    if (status is 401 or 403 or >= 500) failures.Add($"{role} {method} {path}: expected allowed, got {status}");
                }
                else
                {
                    if (status != 403) failures.Add($"{role} {method} {path}: expected 403, got {status}");
                    else if (await Snapshot() != before) failures.Add($"{role} {method} {path}: a refused request changed the store");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Requests_without_a_key_or_with_a_wrong_or_revoked_key_are_unauthorized_and_change_nothing()
    {
        var revoked = await server.KeyAsync(Role.Admin);
        using (var a = server.Client(server.AdminKey))
        {
            var list = (await a.GetFromJsonAsync<JsonArray>("/api/keys"))!;
            var id = (string)list.First(k => revoked.StartsWith((string)k!["prefix"]!, StringComparison.Ordinal))!["id"]!;
            Assert.Equal(HttpStatusCode.NoContent, (await a.DeleteAsync($"/api/keys/{id}")).StatusCode);
        }

        foreach (var key in new string?[] { null, "rk_wrong", revoked, server.AdminKey + "x" })
        {
            using var c = server.Client(key);
            foreach (var (method, path, _, body) in await Cases())
            {
                var before = await Snapshot();
                var r = await c.SendAsync(Request(method, path, body));
                Assert.True(r.StatusCode == HttpStatusCode.Unauthorized, $"{key} {method} {path}: {(int)r.StatusCode}");
                Assert.Equal("X-Api-Key", (string)(await TestServer.ReadObject(r))["field"]!);
                Assert.Equal(before, await Snapshot());
            }
        }
    }

    [Fact]
    public async Task Public_endpoints_need_no_key()
    {
        using var c = server.Client();
        foreach (var path in new[] { "/api/health", "/openapi/v1.json", "/", "/dashboard/app.js" })
            Assert.True((await c.GetAsync(path)).IsSuccessStatusCode, path);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, object? body) =>
        new(method, path) { Content = body is null ? null : TestServer.Json(body) };

    private async Task<string> Snapshot()
    {
        var scenarios = (await admin.GetFromJsonAsync<JsonArray>("/api/scenarios"))!;
        var versions = 0L;
        foreach (var s in scenarios) versions += (long)s!["latestVersion"]!;
        var runs = (await admin.GetFromJsonAsync<JsonArray>("/api/runs"))!;
        var keys = (await admin.GetFromJsonAsync<JsonArray>("/api/keys"))!.Count(k => k!["revokedAt"] is null);
        var analyses = 0;
        foreach (var collection in new[] { "security-analyses", "sandbox-scripts", "conformance-runs" })
            analyses += (await admin.GetFromJsonAsync<JsonArray>($"/api/{collection}"))!.Count;
        return $"{scenarios.Count}/{versions}/{runs.Count}/{keys}/{analyses}";
    }

    private async Task<string> NewScenario()
    {
        var r = await admin.PostAsync("/api/scenarios", TestServer.Json(new { name = "s", yaml = TestScenarios.World() }));
        return (string)(await TestServer.ReadObject(r))["info"]!["id"]!;
    }

    private async Task<string> NewFinishedRun()
    {
        var r = await admin.PostAsync("/api/runs", TestServer.Json(new { scenarioYaml = "steps: 3\n", seed = 1, paths = 20, mode = RandomWalkExecutor.Name }));
        var id = (string)(await TestServer.ReadObject(r))["id"]!;
        await TestServer.WaitForRun(admin, id);
        return id;
    }

    private async Task<string> NewKeyId()
    {
        var r = await admin.PostAsync("/api/keys", TestServer.Json(new { name = "temp", role = "viewer" }));
        return (string)(await TestServer.ReadObject(r))["key"]!["id"]!;
    }
}
