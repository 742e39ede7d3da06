using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Restake.LoadTest;
using Restake.Server.Access;
using Restake.Server.Hosting;
using Restake.Server.Runs;
using Restake.Server.Runs.Modes;
using Restake.Server.Store;

// Load and fault run against a server on the loopback interface (bounded in time and count; no other address).
// Usage: dotnet run -c Release --project bench/Restake.LoadTest -- [--seconds 30] [--connections 16] [--submissions 20]
//        [--paths 20000] [--mode M] [--scenario FILE] [--store sqlite|postgres:CONNECTION]
var options = LoadOptions.Parse(args);
var port = FreePort();
var url = $"http://127.0.0.1:{port}";
var dir = Directory.CreateTempSubdirectory("restake-load-").FullName;
var store = options.Store == "sqlite" ? new DatabaseLocation(StoreKind.Sqlite, Path.Combine(dir, "restake.db")) : DatabaseLocation.Parse(options.Store);
await using var app = await RestakeServer.BuildAsync(new ServerOptions { Urls = url, Database = store, ConsoleLogging = false });
var admin = (await RestakeServer.BootstrapAsync(app))!.Secret;
await app.StartAsync();
var keys = app.Services.GetRequiredService<ApiKeyService>();
var analyst = (await keys.IssueAsync("load analyst", "analyst", 1_000_000)).Secret;
var viewer = (await keys.IssueAsync("load viewer", "viewer", 1_000_000)).Secret;
var modes = app.Services.GetRequiredService<RunExecutors>();

HttpClient Client(string key) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = new Uri(url),
    Timeout = TimeSpan.FromSeconds(60),
    DefaultRequestHeaders = { { "X-Api-Key", key } },
};

using var a = Client(analyst);
var scenarioIds = new List<string>();
// The read mix stores the bundled default scenario under 20 names (the store accepts only scenarios that validate).
var defaultScenario = await File.ReadAllTextAsync(ModeExamples.BundledScenario("ethereum-2025.yaml"));
for (var i = 0; i < 20; i++)
{
    var yaml = defaultScenario.Replace("name: ethereum-2025", $"name: load-{i}", StringComparison.Ordinal);
    var r = await a.PostAsJsonAsync("/api/scenarios", new { name = $"load {i}", yaml });
    var body = await r.Content.ReadAsStringAsync();
    if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"storing the read-mix scenario failed: {(int)r.StatusCode} {body}");
    scenarioIds.Add((string)JsonNode.Parse(body)!["info"]!["id"]!);
}

Console.WriteLine($"# Restake server load and fault run");
Console.WriteLine();
Console.WriteLine($"Server in-process on {url}, store {store.Describe()}, {Environment.ProcessorCount} cores, .NET {Environment.Version}.");
Console.WriteLine();

// Submissions first, so the read mix includes run resources.
var ok = true;
// The slashing workload by default: 20 concurrent mainnet-shaped runs finish in seconds on two cores.
var mode = options.Mode ?? modes.All.Select(m => m.Mode).OrderBy(m => m == SlashingMonteCarloExecutor.Name ? 0 : 1).FirstOrDefault();
if (mode is null)
{
    Console.WriteLine("Submissions: SKIPPED — this server has no run modes.");
    ok = false;
}
else
{
    var yaml = options.ScenarioFile is { } f ? await File.ReadAllTextAsync(f) : ModeExamples.For(mode);
    var s = await SubmissionLoad.RunAsync(a, mode, yaml, options.Paths, options.Submissions);
    Console.WriteLine($"## {s.Submitted} concurrent run submissions (mode {mode}, {options.Paths:N0} paths each, each also retried with its idempotency key)");
    Console.WriteLine();
    Console.WriteLine($"| distinct runs | stored runs | succeeded | summaries stored | wall time |");
    Console.WriteLine($"|---|---|---|---|---|");
    Console.WriteLine($"| {s.DistinctRuns} | {s.StoredRuns} | {s.Succeeded} | {s.WithSummary} | {s.Seconds:F1} s |");
    foreach (var p in s.Problems) Console.WriteLine($"- problem: {p}");
    ok &= s.Problems.Count == 0 && s.Succeeded == s.Submitted;
    Console.WriteLine();
}

var runIds = (await a.GetFromJsonAsync<JsonArray>("/api/runs?limit=50"))!.Select(r => (string)r!["id"]!).ToList();
var readPaths = new List<string> { "/api/scenarios", "/api/health" };
readPaths.AddRange(scenarioIds.Select(id => $"/api/scenarios/{id}"));
readPaths.AddRange(runIds.SelectMany(id => new[] { $"/api/runs/{id}", $"/api/runs/{id}/progress" }));
var read = await ReadLoad.RunAsync(() => Client(viewer), readPaths, options.Connections, options.ReadSeconds);
Console.WriteLine($"## Reads: {options.ReadSeconds} s, {options.Connections} connections, {readPaths.Count} distinct GET resources");
Console.WriteLine();
Console.WriteLine("| requests | requests/s | errors | p50 ms | p90 ms | p99 ms | max ms |");
Console.WriteLine("|---|---|---|---|---|---|---|");
Console.WriteLine($"| {read.Requests:N0} | {read.Rps:N0} | {read.Errors} | {read.Latency.P50:F2} | {read.Latency.P90:F2} | {read.Latency.P99:F2} | {read.Latency.Max:F1} |");
var readOk = read.Rps >= options.Targets.Rps && read.Latency.P99 < options.Targets.P99Ms && read.Errors == 0;
Console.WriteLine();
Console.WriteLine($"Target ≥ {options.Targets.Rps:N0} requests/s with p99 < {options.Targets.P99Ms} ms: {(readOk ? "met" : "NOT met")}.");
ok &= readOk;
Console.WriteLine();

var faults = await FaultProbe.RunAsync(url, admin, analyst, viewer, scenarioIds[0], defaultScenario);
Console.WriteLine($"## Faults: {faults.Count} probes");
Console.WriteLine();
Console.WriteLine("| probe | expected | got | problem+json | store unchanged |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var c in faults) Console.WriteLine($"| {c.Name} | {c.Expected} | {c.Actual} | {(c.ProblemBody ? "yes" : "NO")} | {(c.Unchanged ? "yes" : "NO")} |");
ok &= faults.All(c => c.Passed);
Console.WriteLine();
Console.WriteLine(ok ? "All checks passed." : "SOME CHECKS FAILED.");
await app.StopAsync();
return ok ? 0 : 1;

static int FreePort()
{
    using var l = new TcpListener(IPAddress.Loopback, 0);
    l.Start();
    return ((IPEndPoint)l.LocalEndpoint).Port;
}
