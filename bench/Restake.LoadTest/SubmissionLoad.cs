using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Restake.LoadTest;

/// <summary>
/// Submits runs all at once, each also retried with the same idempotency key, waits for every run, and checks that
/// nothing was lost or doubled: one stored run per submission, every one succeeded with its summary and all batches.
/// </summary>
public static class SubmissionLoad
{
    /// <summary>Outcome of the submission phase.</summary>
    public sealed record Result(int Submitted, int DistinctRuns, int Succeeded, int WithSummary, int StoredRuns, double Seconds, List<string> Problems);

    /// <summary>Runs the phase.</summary>
    public static async Task<Result> RunAsync(HttpClient c, string mode, string yaml, long paths, int count)
    {
        var problems = new List<string>();
        var clock = Stopwatch.StartNew();
        var before = (await c.GetFromJsonAsync<JsonArray>("/api/runs?limit=1000"))!.Count;
        async Task<string> Submit(int i)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs")
            {
                Content = JsonContent.Create(new { scenarioYaml = yaml, seed = 1000 + i, paths, mode }),
            };
            request.Headers.Add("Idempotency-Key", $"load-{i}");
            using var r = await c.SendAsync(request);
            var body = await r.Content.ReadAsStringAsync();
            if ((int)r.StatusCode != 202) throw new InvalidOperationException($"submission {i}: {(int)r.StatusCode} {body}");
            return (string)JsonNode.Parse(body)!["id"]!;
        }

        // Every submission is sent twice at the same moment, as a client retrying after a lost answer would.
        var first = Enumerable.Range(0, count).Select(Submit).ToArray();
        var retry = Enumerable.Range(0, count).Select(Submit).ToArray();
        var ids = await Task.WhenAll(first);
        var retried = await Task.WhenAll(retry);
        for (var i = 0; i < count; i++)
            if (ids[i] != retried[i]) problems.Add($"submission {i} ran twice: {ids[i]} and {retried[i]}");

        int succeeded = 0, withSummary = 0;
        foreach (var id in ids.Distinct())
        {
            JsonObject run;
            while (true)
            {
                run = (await c.GetFromJsonAsync<JsonObject>($"/api/runs/{id}"))!;
                if ((string)run["status"]! is "succeeded" or "failed" or "cancelled") break;
                if (clock.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException($"run {id} did not finish");
                await Task.Delay(200);
            }

            if ((string)run["status"]! == "succeeded") succeeded++;
            else problems.Add($"run {id} {run["status"]}: {run["error"]}");
            if ((long)run["batchesDone"]! != (long)run["batchesTotal"]!) problems.Add($"run {id}: {run["batchesDone"]}/{run["batchesTotal"]} batches");
            using var summary = await c.GetAsync($"/api/runs/{id}/summary");
            if (summary.IsSuccessStatusCode && (long)JsonNode.Parse(await summary.Content.ReadAsStringAsync())!["paths"]! == paths) withSummary++;
            else problems.Add($"run {id}: summary missing or incomplete");
        }

        var stored = (await c.GetFromJsonAsync<JsonArray>("/api/runs?limit=1000"))!.Count - before;
        if (stored != count) problems.Add($"{stored} runs stored for {count} submissions");
        return new Result(count, ids.Distinct().Count(), succeeded, withSummary, stored, clock.Elapsed.TotalSeconds, problems);
    }
}
