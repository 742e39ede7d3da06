using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Restake.Analysis.Security;
using Restake.Sandbox;
using Restake.Sandbox.EigenLayer;
using Restake.Server.Access;
using Restake.Server.Tests.Support;

namespace Restake.Server.Tests.Analyses;

/// <summary>Security analyses, sandbox scripts and conformance runs through the API give what the libraries give.</summary>
public class AnalysisApiTests : IAsyncLifetime
{
    private TestServer server = null!;
    private HttpClient analyst = null!;

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync();
        analyst = server.Client(await server.KeyAsync(Role.Analyst));
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static string Shared(string relative) => SharedFolder.Find(relative) ?? throw new InvalidOperationException($"shared/{relative} missing");

    [Fact]
    public async Task Security_analysis_reports_the_library_verdict_and_is_stored()
    {
        var file = Path.Combine(Shared("conformance/security"), "tv1b-single-service.json");
        var text = await File.ReadAllTextAsync(file);
        var r = await analyst.PostAsync("/api/security-analyses", TestServer.Json(new { name = "tv1b", format = "json", text }));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var created = await TestServer.ReadObject(r);
        var c = NetworkLoader.ParseJson(text, "text");
        var expected = SecurityReport.Build(c.Network, c.Shocks.Count > 0 ? c.Shocks : SecurityAnalysisShocks());
        Assert.Equal(expected.Verdict, (string)created["summary"]!);
        Assert.Equal(expected.Secure, (bool?)created["passed"]);
        Assert.Equal(WithoutTimings(JsonNode.Parse(SecurityReportJson.Write(expected))!), WithoutTimings(created["result"]!));

        var stored = (await analyst.GetFromJsonAsync<JsonObject>($"/api/security-analyses/{created["id"]}"))!;
        Assert.Equal("tv1b", (string)stored["name"]!);
        Assert.Single((await analyst.GetFromJsonAsync<JsonArray>("/api/security-analyses"))!);
    }

    /// <summary>The report with solver timings removed (they differ between two runs of the same analysis).</summary>
    private static string WithoutTimings(JsonNode node)
    {
        var copy = node.DeepClone();
        void Strip(JsonNode? n)
        {
            if (n is JsonObject o)
            {
                o.Remove("seconds");
                foreach (var (_, v) in o) Strip(v);
            }
            else if (n is JsonArray a)
            {
                foreach (var v in a) Strip(v);
            }
        }

        Strip(copy);
        return copy.ToJsonString();
    }

    private static ShockQuery[] SecurityAnalysisShocks() =>
        [.. Restake.Server.Analyses.SecurityAnalysisHandler.DefaultShocks.Select(s => NetworkLoader.ParseShock(s, "shocks", null, s))];

    [Theory]
    [InlineData("""{"format":"json","text":"{ not json"}""", "text")]
    [InlineData("""{"format":"toml","text":"{}"}""", "format")]
    [InlineData("""{"format":"json"}""", "text")]
    [InlineData("""{"format":"json","text":"{}","colour":"red"}""", "colour")]
    [InlineData("""{"format":"json","text":"{}","timeLimitSeconds":999}""", "timeLimitSeconds")]
    public async Task Bad_security_requests_name_the_field_and_store_nothing(string body, string field)
    {
        var r = await analyst.PostAsync("/api/security-analyses", TestServer.RawJson(body));
        Assert.InRange((int)r.StatusCode, 400, 422);
        Assert.Equal(field, (string)(await TestServer.ReadObject(r))["field"]!);
        Assert.Empty((await analyst.GetFromJsonAsync<JsonArray>("/api/security-analyses"))!);
    }

    [Fact]
    public async Task Sandbox_script_runs_every_step_like_the_library()
    {
        var example = Path.Combine(RepoRoot(), "examples", "sandbox", "avs-slash-30-percent.yaml");
        var text = await File.ReadAllTextAsync(example);
        var r = await analyst.PostAsync("/api/sandbox-scripts", TestServer.Json(new { format = "yaml", script = text }));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var created = await TestServer.ReadObject(r);
        var runner = new ElScriptRunner(ElScriptParser.Load(example));
        var steps = runner.Steps().ToList();
        Assert.Equal(steps.Count + 1, created["result"]!["steps"]!.AsArray().Count);
        Assert.StartsWith($"{steps.Count} steps", (string)created["summary"]!);
        Assert.Equal(steps[^1].State.ToJsonString(), created["result"]!["steps"]![steps.Count]!["state"]!.ToJsonString());

        var bad = await analyst.PostAsync("/api/sandbox-scripts", TestServer.Json(new { format = "yaml", script = "actors: [\n" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal("script", (string)(await TestServer.ReadObject(bad))["field"]!);
    }

    [Fact]
    public async Task EigenLayer_conformance_run_replays_every_selected_vector()
    {
        var r = await analyst.PostAsync("/api/conformance-runs", TestServer.Json(new { suite = "eigenlayer", filter = "hand-" }));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var created = await TestServer.ReadObject(r);
        var vectors = Directory.GetFiles(Shared("conformance/eigenlayer/vectors"), "hand-*.json").Length;
        Assert.True(vectors > 0);
        Assert.True((bool)created["passed"]!, created["summary"]!.ToString());
        Assert.Equal(vectors, (int)created["result"]!["passed"]! + (int)created["result"]!["failed"]!);
        Assert.Equal(vectors, created["result"]!["files"]!.AsArray().Count);

        var unknown = await analyst.PostAsync("/api/conformance-runs", TestServer.Json(new { suite = "../../etc" }));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("suite", (string)(await TestServer.ReadObject(unknown))["field"]!);
    }

    [Fact]
    public async Task Defi_conformance_run_checks_every_case_file()
    {
        var r = await analyst.PostAsync("/api/conformance-runs", TestServer.Json(new { suite = "defi" }));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var created = await TestServer.ReadObject(r);
        var files = Directory.GetFiles(Shared("conformance/defi"), "*.json").Length;
        Assert.True(files > 0);
        Assert.True((bool)created["passed"]!, created["summary"]!.ToString());
        Assert.Equal(files, created["result"]!["files"]!.AsArray().Count);
        Assert.All(created["result"]!["files"]!.AsArray(), f => Assert.Equal((int)f!["cases"]!, (int)f["casesPassed"]!));
    }

    [Fact]
    public async Task Viewers_read_analyses_but_cannot_run_them()
    {
        using var viewer = server.Client(await server.KeyAsync(Role.Viewer));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/conformance-runs", TestServer.Json(new { suite = "eigenlayer" }))).StatusCode);
        Assert.Empty((await viewer.GetFromJsonAsync<JsonArray>("/api/conformance-runs"))!);
        var kinds = (await viewer.GetFromJsonAsync<JsonArray>("/api/analysis-kinds"))!.Select(k => (string)k!["collection"]!).ToList();
        Assert.Equal(["conformance-runs", "sandbox-scripts", "security-analyses"], kinds);
    }

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Restake.slnx"))) return d.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
