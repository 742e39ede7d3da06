using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Restake.Server.Access;
using Restake.Server.Hosting;
using Restake.Server.Runs;
using Restake.Server.Store;

namespace Restake.Server.Tests.Support;

/// <summary>A real server on a free loopback port with the test run mode, an admin key and helpers to issue more keys.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private TestServer(WebApplication app, string baseUrl, string adminKey, DatabaseLocation location)
    {
        App = app;
        BaseUrl = baseUrl;
        AdminKey = adminKey;
        Location = location;
    }

    public WebApplication App { get; }

    public string BaseUrl { get; }

    public string AdminKey { get; }

    public DatabaseLocation Location { get; }

    public static async Task<TestServer> StartAsync(string storeKind = "sqlite", JobRunnerOptions? jobs = null,
        long maxBody = 1024 * 1024, IReadOnlyList<string>? cors = null, DatabaseLocation? location = null)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var where = location ?? TestStores.Fresh(storeKind);
        var options = new ServerOptions
        {
            Urls = url,
            Database = where,
            Jobs = jobs ?? new JobRunnerOptions { Concurrency = 2 },
            MaxRequestBodyBytes = maxBody,
            CorsOrigins = cors ?? [],
            ConsoleLogging = false,
        };
        var app = await RestakeServer.BuildAsync(options, s => s.AddSingleton<IRunExecutor, RandomWalkExecutor>(), TestRoutes.Map);
        var admin = await RestakeServer.BootstrapAsync(app) ?? throw new InvalidOperationException("fresh store had keys");
        await app.StartAsync();
        return new TestServer(app, url, admin.Secret, where);
    }

    /// <summary>A client authenticated with <paramref name="key"/> (none when null).</summary>
    public HttpClient Client(string? key = null)
    {
        var c = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null) c.DefaultRequestHeaders.Add("X-Api-Key", key);
        return c;
    }

    /// <summary>Issues a key with the given role through the service layer.</summary>
    public async Task<string> KeyAsync(Role role, long? ratePerSecond = null) =>
        (await App.Services.GetRequiredService<ApiKeyService>().IssueAsync($"{role} key", role.Name(), ratePerSecond)).Secret;

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        TestStores.Remove(Location);
    }

    /// <summary>A JSON body.</summary>
    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    /// <summary>A raw JSON text body.</summary>
    public static StringContent RawJson(string text) => new(text, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    /// <summary>Reads a response body as a JSON object.</summary>
    public static async Task<JsonObject> ReadObject(HttpResponseMessage r) => (JsonNode.Parse(await r.Content.ReadAsStringAsync()) as JsonObject)!;

    /// <summary>Polls a run until it is finished.</summary>
    public static async Task<JsonObject> WaitForRun(HttpClient c, string id, int timeoutMs = 60_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (true)
        {
            var run = (await c.GetFromJsonAsync<JsonObject>($"/api/runs/{id}"))!;
            var status = (string)run["status"]!;
            if (status is "succeeded" or "failed" or "cancelled") return run;
            if (Environment.TickCount64 > deadline) throw new TimeoutException($"run {id} still {status}");
            await Task.Delay(50);
        }
    }
}
