using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Restake.Application.Runs;
using Restake.Server.Access;
using Restake.Server.Runs;
using Restake.Server.Runs.Modes;
using Restake.Server.Tests.Support;
using AppRunService = Restake.Application.Runs.RunService;

namespace Restake.Server.Tests.Runs;

/// <summary>Scenario runs (fast and exact) in server batches give the same summary.json as the CLI's run service.</summary>
public class ScenarioModeTests
{
    private static string CliSummary(string yaml, long seed, long paths, Restake.Simulation.Results.RunMode mode) =>
        SummaryJsonWriter.Serialize(AppRunService.Run(new RunRequest(null, yaml, "scenario.yaml", paths, (ulong)seed, mode)));

    [Theory]
    [InlineData("fast", 4100)]
    [InlineData("exact", 20)]
    public async Task Run_over_http_completes_and_its_summary_equals_the_cli_run(string mode, long paths)
    {
        await using var server = await TestServer.StartAsync();
        using var c = server.Client(await server.KeyAsync(Role.Analyst));
        var yaml = TestScenarios.World();
        var created = await TestServer.ReadObject(await c.PostAsync("/api/scenarios", TestServer.Json(new { yaml })));
        var scenarioId = (string)created["info"]!["id"]!;
        var r = await c.PostAsync("/api/runs", TestServer.Json(new { scenarioId, seed = 7, paths, mode }));
        Assert.Equal(HttpStatusCode.Accepted, r.StatusCode);
        var run = await TestServer.WaitForRun(c, (string)(await TestServer.ReadObject(r))["id"]!, 120_000);
        Assert.Equal("succeeded", (string)run["status"]!);
        Assert.Equal(2, (long)run["batchesTotal"]!);

        var summary = (await c.GetFromJsonAsync<JsonObject>($"/api/runs/{run["id"]}/summary"))!;
        var expected = CliSummary(yaml, 7, paths, mode == "fast" ? Restake.Simulation.Results.RunMode.Fast : Restake.Simulation.Results.RunMode.Exact);
        Assert.Equal(expected, (string)summary["result"]!);
        Assert.Equal(paths, (long)summary["paths"]!);
        Assert.Equal(40, summary["lossDistribution"]!["counts"]!.AsArray().Count);
        Assert.Equal(paths, summary["lossDistribution"]!["counts"]!.AsArray().Sum(n => n!.GetValue<long>()));
        Assert.NotEmpty(summary["yieldStack"]!.AsArray());
        Assert.NotNull(summary["fan"]!["quantiles"]!["p50"]);
        Assert.NotNull(summary["security"]!["network"]);
        var charts = summary["strategies"]!.AsArray();
        var ids = JsonNode.Parse(expected)!["strategies"]!.AsArray().Select(x => (string)x!["id"]!);
        Assert.Equal(ids, charts.Select(x => (string)x!["id"]!));
        foreach (var chart in charts)
        {
            Assert.Equal(paths, chart!["lossDistribution"]!["counts"]!.AsArray().Sum(n => n!.GetValue<long>()));
            Assert.NotEmpty(chart["yieldStack"]!.AsArray());
        }

        Assert.Equal(summary["lossDistribution"]!.ToJsonString(), charts[0]!["lossDistribution"]!.ToJsonString());

        // Per-path data: every strategy's final wealth per path.
        var page = (await c.GetFromJsonAsync<JsonObject>($"/api/runs/{run["id"]}/paths?offset=0&limit=5"))!;
        Assert.Equal(5, page["paths"]!.AsArray().Count);
        Assert.NotNull(page["paths"]![0]!["values"]!["wealth.hold-ezeth"]);
    }

    [Fact]
    public void A_run_resumed_by_a_new_process_from_stored_batches_equals_the_uninterrupted_run()
    {
        var input = new RunInput(TestScenarios.World(), 3, 40);
        var first = new ExactScenarioExecutor();
        var plan = first.Plan(input);
        Assert.Equal(16, plan.BatchSize);
        // Batch 0 in one process, batches 1 and 2 in another; batches go through the store's serialized form.
        var stored = new List<string> { BatchCodec.Encode(first.RunBatch(input, plan, 0, 16, CancellationToken.None)) };
        var second = new ExactScenarioExecutor();
        stored.Add(BatchCodec.Encode(second.RunBatch(input, plan, 16, 16, CancellationToken.None)));
        stored.Add(BatchCodec.Encode(second.RunBatch(input, plan, 32, 8, CancellationToken.None)));
        var summary = new ExactScenarioExecutor().Summarize(input, plan, [.. stored.Select(BatchCodec.Decode)]);
        Assert.Equal(CliSummary(input.ScenarioYaml, 3, 40, Restake.Simulation.Results.RunMode.Exact), summary.Result);
    }

    [Fact]
    public async Task Invalid_scenario_is_422_naming_line_column_and_field_and_stores_nothing()
    {
        await using var server = await TestServer.StartAsync();
        using var c = server.Client(await server.KeyAsync(Role.Analyst));
        var yaml = TestScenarios.World().Replace("leverage: 4", "leverage: lots", StringComparison.Ordinal);
        var lines = yaml.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("leverage: lots", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("lots", StringComparison.Ordinal) + 1;

        foreach (var (path, body, field) in new (string, object, string)[]
                 {
                     ("/api/scenarios", new { yaml }, "yaml"),
                     ("/api/runs", new { scenarioYaml = yaml, seed = 1, paths = 10, mode = "fast" }, "scenarioYaml"),
                 })
        {
            var r = await c.PostAsync(path, TestServer.Json(body));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
            var p = await TestServer.ReadObject(r);
            Assert.Equal(field, (string)p["field"]!);
            var error = Assert.Single(p["errors"]!.AsArray())!;
            Assert.Equal("strategies[1].leverage", (string)error["field"]!);
            Assert.Equal(line, (int)error["line"]!);
            Assert.Equal(column, (int)error["column"]!);
        }

        Assert.Empty((await c.GetFromJsonAsync<JsonArray>("/api/scenarios"))!);
        Assert.Empty((await c.GetFromJsonAsync<JsonArray>("/api/runs"))!);
    }
}
