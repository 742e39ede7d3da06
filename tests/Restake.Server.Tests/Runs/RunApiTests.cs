using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Restake.Server.Access;
using Restake.Server.Runs;
using Restake.Server.Tests.Support;

namespace Restake.Server.Tests.Runs;

public class RunApiTests
{
    private static object Submission(string yaml, long seed = 7, long paths = 500) =>
        new { scenarioYaml = yaml, seed, paths, mode = RandomWalkExecutor.Name };

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Submitted_run_completes_with_the_summary_of_its_paths_computed_directly(string kind)
    {
        await using var server = await TestServer.StartAsync(kind);
        using var c = server.Client(await server.KeyAsync(Role.Analyst));
        var submit = await c.PostAsync("/api/runs", TestServer.Json(Submission("steps: 8\nbatchSize: 64\n", seed: 11, paths: 300)));
        Assert.Equal(HttpStatusCode.Accepted, submit.StatusCode);
        var id = (string)(await TestServer.ReadObject(submit))["id"]!;
        Assert.Equal($"/api/runs/{id}", submit.Headers.Location!.OriginalString);
        var run = await TestServer.WaitForRun(c, id);
        Assert.Equal("succeeded", (string)run["status"]!);
        Assert.Equal(5, (long)run["batchesDone"]!);
        Assert.Equal(300, (long)run["pathsDone"]!);

        var expected = RunSummarizer.Summarize(new RunPlan(64, [.. Enumerable.Range(0, 9).Select(i => (double)i)], "step"),
            [new BatchOutput([.. Enumerable.Range(0, 300).Select(p => RandomWalkExecutor.Walk(11, p, 8))])]);
        var summary = (await c.GetFromJsonAsync<JsonObject>($"/api/runs/{id}/summary"))!;
        Assert.Equal(300, (long)summary["paths"]!);
        foreach (var (name, value) in expected.Metrics)
            Assert.Equal(value, (double)summary["metrics"]![name]!, 12);
        Assert.Equal(expected.LossDistribution!.Counts, summary["lossDistribution"]!["counts"]!.AsArray().Select(n => (long)n!));
        Assert.Equal(expected.Fan!.Quantiles["p50"], summary["fan"]!["quantiles"]!["p50"]!.AsArray().Select(n => (double)n!));

        var page = (await c.GetFromJsonAsync<JsonObject>($"/api/runs/{id}/paths?offset=60&limit=10"))!;
        var paths = page["paths"]!.AsArray();
        Assert.Equal(Enumerable.Range(60, 10).Select(i => (long)i), paths.Select(p => (long)p!["path"]!));
        Assert.Equal(RandomWalkExecutor.Walk(11, 65, 8).Values["nav"], (double)paths[5]!["values"]!["nav"]!, 15);

        var report = await c.GetAsync($"/api/runs/{id}/report");
        Assert.Equal("text/html", report.Content.Headers.ContentType!.MediaType);
        Assert.Contains("loss.var99", await report.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Retried_submission_with_the_same_idempotency_key_never_runs_twice(string kind)
    {
        await using var server = await TestServer.StartAsync(kind);
        using var c = server.Client(await server.KeyAsync(Role.Analyst));
        var body = Submission("steps: 4\n");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = TestServer.Json(body) };
            request.Headers.Add("Idempotency-Key", "retry-1");
            return c.SendAsync(request);
        }));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var ids = new HashSet<string>();
        foreach (var r in responses) ids.Add((string)(await TestServer.ReadObject(r))["id"]!);
        Assert.Single(ids);
        Assert.Equal(7, responses.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        await TestServer.WaitForRun(c, ids.Single());
        Assert.Single((await c.GetFromJsonAsync<JsonArray>("/api/runs"))!);

        var other = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = TestServer.Json(Submission("steps: 5\n")) };
        other.Headers.Add("Idempotency-Key", "retry-1");
        var conflict = await c.SendAsync(other);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Idempotency-Key", (string)(await TestServer.ReadObject(conflict))["field"]!);
        Assert.Single((await c.GetFromJsonAsync<JsonArray>("/api/runs"))!);
    }

    [Fact]
    public async Task Cancelling_a_running_run_stops_it_between_batches_and_a_finished_run_cannot_be_cancelled()
    {
        await using var server = await TestServer.StartAsync();
        using var c = server.Client(await server.KeyAsync(Role.Analyst));
        var submit = await c.PostAsync("/api/runs", TestServer.Json(Submission("batchSize: 10\ndelayMs: 100\n", paths: 1000)));
        var id = (string)(await TestServer.ReadObject(submit))["id"]!;
        await WaitUntil(async () => (long)(await c.GetFromJsonAsync<JsonObject>($"/api/runs/{id}/progress"))!["batchesDone"]! >= 2);
        Assert.Equal(HttpStatusCode.Accepted, (await c.PostAsync($"/api/runs/{id}/cancel", null)).StatusCode);
        var run = await TestServer.WaitForRun(c, id);
        Assert.Equal("cancelled", (string)run["status"]!);
        Assert.InRange((long)run["batchesDone"]!, 2, 99);
        Assert.Equal(HttpStatusCode.Conflict, (await c.PostAsync($"/api/runs/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await c.GetAsync($"/api/runs/{id}/summary")).StatusCode);
    }

    [Fact]
    public async Task Runner_executes_no_more_runs_at_once_than_its_concurrency_and_queues_the_rest()
    {
        await using var server = await TestServer.StartAsync(jobs: new JobRunnerOptions { Concurrency = 1 });
        using var c = server.Client(await server.KeyAsync(Role.Analyst));
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var r = await c.PostAsync("/api/runs", TestServer.Json(Submission("batchSize: 50\ndelayMs: 60\n", seed: i, paths: 400)));
            ids.Add((string)(await TestServer.ReadObject(r))["id"]!);
        }

        var maxRunning = 0;
        while (true)
        {
            var runs = (await c.GetFromJsonAsync<JsonArray>("/api/runs"))!.Select(r => (string)r!["status"]!).ToList();
            maxRunning = Math.Max(maxRunning, runs.Count(s => s == "running"));
            if (runs.All(s => s == "succeeded")) break;
            await Task.Delay(20);
        }

        Assert.Equal(1, maxRunning);
    }

    [Fact]
    public async Task Batch_failure_marks_the_run_failed_with_the_reason()
    {
        await using var server = await TestServer.StartAsync();
        using var c = server.Client(await server.KeyAsync(Role.Analyst));
        var submit = await c.PostAsync("/api/runs", TestServer.Json(Submission("batchSize: 100\nfailAtBatch: 2\n")));
        var run = await TestServer.WaitForRun(c, (string)(await TestServer.ReadObject(submit))["id"]!);
        Assert.Equal("failed", (string)run["status"]!);
        Assert.Contains("failAtBatch", (string)run["error"]!);
        Assert.Equal(2, (long)run["batchesDone"]!);
    }

    [Theory]
    [InlineData("""{"scenarioYaml":"steps: 3\n","seed":1,"paths":0,"mode":"random-walk"}""", "paths")]
    [InlineData("""{"scenarioYaml":"steps: 3\n","seed":-1,"paths":5,"mode":"random-walk"}""", "seed")]
    [InlineData("""{"scenarioYaml":"steps: 3\n","seed":1,"paths":5,"mode":"warp"}""", "mode")]
    [InlineData("""{"scenarioYaml":"steps: 3\n","seed":"one","paths":5,"mode":"random-walk"}""", "seed")]
    [InlineData("""{"scenarioYaml":"steps: 3\n","seed":1,"paths":5,"mode":"random-walk","colour":1}""", "colour")]
    [InlineData("""{"seed":1,"paths":5,"mode":"random-walk"}""", "scenarioId")]
    [InlineData("""{"scenarioId":"scn_missing","seed":1,"paths":5,"mode":"random-walk"}""", null)]
    [InlineData("""{"scenarioYaml":"steps: 0\n","seed":1,"paths":5,"mode":"random-walk"}""", "scenarioYaml")]
    [InlineData("""{"scenarioYaml":"steps: [\n","seed":1,"paths":5,"mode":"random-walk"}""", "scenarioYaml")]
    public async Task Bad_submissions_name_the_field_and_store_no_run(string body, string? field)
    {
        await using var server = await TestServer.StartAsync();
        using var c = server.Client(await server.KeyAsync(Role.Analyst));
        var r = await c.PostAsync("/api/runs", TestServer.RawJson(body));
        Assert.InRange((int)r.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
        var problem = await TestServer.ReadObject(r);
        Assert.Equal(field, (string?)problem["field"]);
        Assert.Empty((await c.GetFromJsonAsync<JsonArray>("/api/runs"))!);
    }

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = Environment.TickCount64 + 30_000;
        while (!await condition())
        {
            if (Environment.TickCount64 > deadline) throw new TimeoutException();
            await Task.Delay(20);
        }
    }
}
