using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Restake.Server.Runs;
using Restake.Server.Store;
using Restake.Server.Tests.Support;

namespace Restake.Server.Tests.Runs;

/// <summary>
/// A real server process is killed with SIGKILL in the middle of a run and started again on the same store: the
/// scenarios and runs are intact, and the run resumes after its last stored batch (or fails with the reason when the
/// restarted server cannot run its mode).
/// </summary>
public class KillAndRestartTests
{
    private const string Yaml = "name: slow walk\nsteps: 6\nbatchSize: 20\ndelayMs: 150\n";
    private const long Paths = 600; // 30 batches of 150 ms: long enough to kill mid-way

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Run_interrupted_by_sigkill_resumes_from_its_last_completed_batch(string kind)
    {
        var dir = TestStores.TempFolder("restake-kill-");
        var location = TestStores.Fresh(kind);
        var db = $"{(kind == "sqlite" ? "sqlite" : "postgres")}:{location.Target}";
        var keyFile = Path.Combine(dir, "admin.key");
        var url = $"http://127.0.0.1:{FreePort.Next()}";

        string scenarioId, runId;
        long doneAtKill;
        using (var first = await HostProcess.StartAsync(url, db, keyFile))
        {
            using var c = first.Client(File.ReadAllText(keyFile).Trim());
            var scenario = await TestServer.ReadObject(await c.PostAsync("/api/scenarios", TestServer.Json(new { yaml = TestScenarios.World("kept") })));
            scenarioId = (string)scenario["info"]!["id"]!;
            await c.PutAsync($"/api/scenarios/{scenarioId}", TestServer.Json(new { yaml = TestScenarios.World("kept", 2), expectedVersion = 1 }));
            var submitted = await TestServer.ReadObject(await c.PostAsync("/api/runs",
                TestServer.Json(new { scenarioYaml = Yaml, seed = 42, paths = Paths, mode = RandomWalkExecutor.Name })));
            runId = (string)submitted["id"]!;
            doneAtKill = await WaitForBatches(c, runId, 4);
            first.Kill();
        }

        // The store as the killed process left it: the run is mid-way with its batches stored.
        await using (var store = await Database.OpenAsync(DatabaseLocation.Parse(db)))
        {
            var run = (await new RunStore(store).GetAsync(runId))!;
            Assert.Equal(RunStatus.Running, run.Status);
            Assert.InRange(run.BatchesDone, doneAtKill, 29);
            Assert.Equal(run.BatchesDone, (await new RunStore(store).BatchIndicesAsync(runId)).Count);
            doneAtKill = run.BatchesDone;
        }

        var restartedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        using (var second = await HostProcess.StartAsync(url, db, keyFile))
        {
            using var c = second.Client(File.ReadAllText(keyFile).Trim());
            var scenario = (await c.GetFromJsonAsync<JsonObject>($"/api/scenarios/{scenarioId}"))!;
            Assert.Equal(2, (long)scenario["info"]!["latestVersion"]!);
            var run = await TestServer.WaitForRun(c, runId);
            Assert.Equal("succeeded", (string)run["status"]!);
            Assert.Equal(1, (long)run["resumed"]!);
            Assert.Equal(30, (long)run["batchesDone"]!);

            // Same figures as an uninterrupted computation of the same paths.
            var expected = RunSummarizer.Summarize(new RunPlan(20, [.. Enumerable.Range(0, 7).Select(i => (double)i)], "step"),
                [new BatchOutput([.. Enumerable.Range(0, (int)Paths).Select(p => RandomWalkExecutor.Walk(42, p, 6))])]);
            var summary = (await c.GetFromJsonAsync<JsonObject>($"/api/runs/{runId}/summary"))!;
            Assert.Equal(expected.Metrics["loss.mean"], (double)summary["metrics"]!["loss.mean"]!, 12);
            Assert.Equal(expected.Metrics["loss.cvar99"], (double)summary["metrics"]!["loss.cvar99"]!, 12);
        }

        // The batches finished before the kill were kept, not recomputed.
        await using (var store = await Database.OpenAsync(DatabaseLocation.Parse(db)))
        {
            var before = await store.QueryAsync("SELECT batch_index FROM run_batches WHERE run_id = @id AND completed_at < @t",
                r => r.Long("batch_index"), new { id = runId, t = restartedAt });
            Assert.Equal(doneAtKill, before.Count);
        }
    }

    [Fact]
    public async Task Interrupted_run_whose_mode_is_gone_after_restart_is_marked_failed_with_the_reason()
    {
        var dir = TestStores.TempFolder("restake-kill-");
        var db = $"sqlite:{Path.Combine(dir, "restake.db")}";
        var keyFile = Path.Combine(dir, "admin.key");
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        string runId;
        using (var first = await HostProcess.StartAsync(url, db, keyFile))
        {
            using var c = first.Client(File.ReadAllText(keyFile).Trim());
            runId = (string)(await TestServer.ReadObject(await c.PostAsync("/api/runs",
                TestServer.Json(new { scenarioYaml = Yaml, seed = 1, paths = Paths, mode = RandomWalkExecutor.Name }))))["id"]!;
            await WaitForBatches(c, runId, 2);
            first.Kill();
        }

        using var second = await HostProcess.StartAsync(url, db, keyFile, "--no-modes");
        using var c2 = second.Client(File.ReadAllText(keyFile).Trim());
        var run = await TestServer.WaitForRun(c2, runId);
        Assert.Equal("failed", (string)run["status"]!);
        Assert.Contains("'random-walk' is not available", (string)run["error"]!);
        Assert.True((long)run["batchesDone"]! >= 2);
    }

    private static async Task<long> WaitForBatches(HttpClient c, string runId, long atLeast)
    {
        var deadline = Environment.TickCount64 + 30_000;
        while (true)
        {
            var done = (long)(await c.GetFromJsonAsync<JsonObject>($"/api/runs/{runId}/progress"))!["batchesDone"]!;
            if (done >= atLeast) return done;
            if (Environment.TickCount64 > deadline) throw new TimeoutException("the run made no progress");
            await Task.Delay(25);
        }
    }

    /// <summary>The test assembly started as a separate server process.</summary>
    private sealed class HostProcess : IDisposable
    {
        private readonly Process process;
        private readonly string url;

        private HostProcess(Process process, string url)
        {
            this.process = process;
            this.url = url;
        }

        public static async Task<HostProcess> StartAsync(string url, string db, string keyFile, params string[] extra)
        {
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { typeof(HostProcess).Assembly.Location, "host", "--urls", url, "--db", db, "--key-file", keyFile }.Concat(extra))
                psi.ArgumentList.Add(a);
            var p = Process.Start(psi)!;
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, _) => { };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            var host = new HostProcess(p, url);
            using var c = host.Client(null);
            var deadline = Environment.TickCount64 + 60_000;
            while (true)
            {
                if (p.HasExited) throw new InvalidOperationException($"server process exited with {p.ExitCode}");
                try
                {
                    if ((await c.GetAsync("/api/health")).IsSuccessStatusCode) return host;
                }
                catch (HttpRequestException)
                {
                }

                if (Environment.TickCount64 > deadline) throw new TimeoutException("server did not start");
                await Task.Delay(100);
            }
        }

        public HttpClient Client(string? key)
        {
            var c = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            if (key is not null) c.DefaultRequestHeaders.Add("X-Api-Key", key);
            return c;
        }

        /// <summary>SIGKILL: no shutdown code runs.</summary>
        public void Kill()
        {
            process.Kill(entireProcessTree: false);
            process.WaitForExit(10_000);
        }

        public void Dispose()
        {
            if (!process.HasExited) Kill();
            process.Dispose();
        }
    }
}
