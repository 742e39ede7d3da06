using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Restake.Server.Access;
using Restake.Server.Runs.Modes;
using Restake.Server.Tests.Support;
using Restake.Simulation.Slashing;

namespace Restake.Server.Tests.Runs;

/// <summary>The slashing Monte Carlo mode run in server batches gives the library's own figures for the same paths.</summary>
public class SlashingModeTests
{
    public const string Workload = """
        {
          "operators": [ {"id": "op1", "stake": 1000}, {"id": "op2", "stake": 500} ],
          "avss": [ {"id": "a1", "dailyFaultProbability": 0.002, "slashFraction": 0.5, "group": "g1"},
                    {"id": "a2", "dailyFaultProbability": 0.001, "slashFraction": 0.3, "group": "g1"} ],
          "groups": [ {"id": "g1", "dailyShockProbability": 0.002, "faultProbabilityWhenShocked": 0.3} ],
          "allocations": [ {"operator": "op1", "avs": "a1", "magnitude": 0.4}, {"operator": "op2", "avs": "a2", "magnitude": 0.6},
                           {"operator": "op2", "avs": "a1", "magnitude": 0.2} ],
          "implicationProbability": 0.5,
          "lrt": { "weights": { "op1": 0.7, "op2": 0.3 } },
          "days": 365, "paths": 1000, "seed": 1
        }
        """;

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Batched_run_matches_the_library_run_of_the_same_paths(string kind)
    {
        await using var server = await TestServer.StartAsync(kind);
        using var c = server.Client(await server.KeyAsync(Role.Analyst));
        var r = await c.PostAsync("/api/runs", TestServer.Json(new { scenarioYaml = Workload, seed = 9, paths = 20_000, mode = SlashingMonteCarloExecutor.Name }));
        var run = await TestServer.WaitForRun(c, (string)(await TestServer.ReadObject(r))["id"]!);
        Assert.Equal("succeeded", (string)run["status"]!);
        Assert.Equal(50, (long)run["batchesTotal"]!);

        var expected = SlashingMonteCarlo.Run(SlashingInstanceLoader.Parse(Workload, "w"), 20_000, 9, threads: 1);
        var s = (await c.GetFromJsonAsync<JsonObject>($"/api/runs/{run["id"]}/summary"))!;
        Assert.Equal(expected.MeanNav, (double)s["metrics"]!["nav.mean"]!, 12);
        Assert.Equal(expected.PLoss, (double)s["metrics"]!["loss.probability"]!, 12);
        Assert.Equal(expected.ClosedFormMean, (double)s["metrics"]!["nav.closedFormMean"]!, 12);
        Assert.True((bool)s["security"]!["meanWithin3StdErr"]!);
    }

    [Fact]
    public async Task Malformed_workload_is_refused_at_submission_naming_the_field()
    {
        await using var server = await TestServer.StartAsync();
        using var c = server.Client(await server.KeyAsync(Role.Analyst));
        var r = await c.PostAsync("/api/runs", TestServer.Json(new { scenarioYaml = Workload.Replace("\"days\": 365", "\"days\": -1"), seed = 1, paths = 100, mode = SlashingMonteCarloExecutor.Name }));
        Assert.Equal(422, (int)r.StatusCode);
        var p = await TestServer.ReadObject(r);
        Assert.Equal("scenarioYaml", (string)p["field"]!);
        Assert.Contains("days", (string)p["detail"]!);
    }
}
