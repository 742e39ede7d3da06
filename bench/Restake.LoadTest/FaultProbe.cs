using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Restake.LoadTest;

/// <summary>
/// Sends malformed bodies, huge bodies, wrong keys and wrong roles; each must get its status, a problem body, and
/// leave the store exactly as it was.
/// </summary>
public static class FaultProbe
{
    /// <summary>One probe and what it got.</summary>
    public sealed record Case(string Name, int Expected, int Actual, bool ProblemBody, bool Unchanged)
    {
        public bool Passed => Expected == Actual && ProblemBody && Unchanged;
    }

    /// <summary>Runs every probe against the server at <paramref name="baseUrl"/>.</summary>
    public static async Task<List<Case>> RunAsync(string baseUrl, string adminKey, string analystKey, string viewerKey, string scenarioId, string validYaml)
    {
        HttpClient As(string? key)
        {
            var c = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
            if (key is not null) c.DefaultRequestHeaders.Add("X-Api-Key", key);
            return c;
        }

        using var admin = As(adminKey);
        using var analyst = As(analystKey);
        using var viewer = As(viewerKey);
        using var nobody = As(null);
        using var wrong = As("rk_" + new string('x', 43));
        StringContent Raw(string s) => new(s, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        var huge = "{\"name\":\"huge\",\"yaml\":\"x: " + new string('a', 3 * 1024 * 1024) + "\"}";
        var probes = new (string Name, HttpClient Client, HttpMethod Method, string Path, Func<HttpContent?> Body, int Expected)[]
        {
            ("truncated JSON", analyst, HttpMethod.Post, "/api/scenarios", () => Raw("{\"yaml\": \"x"), 400),
            ("JSON array body", analyst, HttpMethod.Post, "/api/scenarios", () => Raw("[1,2,3]"), 400),
            ("wrong field type", analyst, HttpMethod.Post, "/api/runs", () => Raw("{\"scenarioId\":\"" + scenarioId + "\",\"seed\":\"x\",\"paths\":10,\"mode\":\"m\"}"), 400),
            ("unknown field", analyst, HttpMethod.Post, "/api/scenarios", () => Raw("{\"yaml\":\"x: 1\",\"yamll\":1}"), 400),
            ("invalid YAML", analyst, HttpMethod.Post, "/api/scenarios", () => Raw("{\"yaml\":\"a: [1\"}"), 422),
            ("stale version", analyst, HttpMethod.Put, $"/api/scenarios/{scenarioId}", () => Raw(new JsonObject { ["yaml"] = validYaml, ["expectedVersion"] = 99 }.ToJsonString()), 409),
            ("not JSON media type", analyst, HttpMethod.Post, "/api/scenarios", () => new StringContent("yaml: x", Encoding.UTF8, "text/plain"), 415),
            ("huge body (3 MiB)", analyst, HttpMethod.Post, "/api/scenarios", () => Raw(huge), 413),
            ("huge run submission (3 MiB)", analyst, HttpMethod.Post, "/api/runs", () => Raw(huge), 413),
            ("no key", nobody, HttpMethod.Post, "/api/scenarios", () => Raw("{\"yaml\":\"x: 1\"}"), 401),
            ("wrong key", wrong, HttpMethod.Get, "/api/scenarios", () => null, 401),
            ("wrong key deletes", wrong, HttpMethod.Delete, $"/api/scenarios/{scenarioId}", () => null, 401),
            ("viewer creates scenario", viewer, HttpMethod.Post, "/api/scenarios", () => Raw("{\"yaml\":\"x: 1\"}"), 403),
            ("viewer submits run", viewer, HttpMethod.Post, "/api/runs", () => Raw("{\"scenarioId\":\"" + scenarioId + "\",\"seed\":1,\"paths\":10,\"mode\":\"m\"}"), 403),
            ("analyst deletes scenario", analyst, HttpMethod.Delete, $"/api/scenarios/{scenarioId}", () => null, 403),
            ("analyst issues key", analyst, HttpMethod.Post, "/api/keys", () => Raw("{\"name\":\"k\",\"role\":\"admin\"}"), 403),
            ("viewer lists keys", viewer, HttpMethod.Get, "/api/keys", () => null, 403),
        };
        var cases = new List<Case>();
        foreach (var (name, client, method, path, body, expected) in probes)
        {
            var before = await Snapshot(admin);
            using var request = new HttpRequestMessage(method, path) { Content = body() };
            int status;
            bool problem;
            try
            {
                using var r = await client.SendAsync(request);
                status = (int)r.StatusCode;
                problem = r.Content.Headers.ContentType?.MediaType == "application/problem+json";
            }
            catch (HttpRequestException)
            {
                // Kestrel may close the connection after answering 413 before the whole body is sent.
                status = -1;
                problem = false;
            }

            cases.Add(new Case(name, expected, status, problem, before == await Snapshot(admin)));
        }

        return cases;
    }

    private static async Task<string> Snapshot(HttpClient admin)
    {
        var scenarios = (await admin.GetFromJsonAsync<JsonArray>("/api/scenarios"))!;
        var versions = scenarios.Sum(s => (long)s!["latestVersion"]!);
        var runs = (await admin.GetFromJsonAsync<JsonArray>("/api/runs?limit=1000"))!.Count;
        var keys = (await admin.GetFromJsonAsync<JsonArray>("/api/keys"))!.Count;
        return $"{scenarios.Count}/{versions}/{runs}/{keys}";
    }
}
