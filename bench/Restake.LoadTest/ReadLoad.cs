using System.Diagnostics;

namespace Restake.LoadTest;

/// <summary>Closed-loop read load: each connection issues the next GET as soon as the previous answers, until the deadline.</summary>
public static class ReadLoad
{
    /// <summary>Outcome of the read phase.</summary>
    public sealed record Result(double Seconds, long Requests, long Errors, LatencyStats Latency)
    {
        public double Rps => Requests / Seconds;
    }

    /// <summary>Runs <paramref name="seconds"/> of reads over <paramref name="paths"/> with <paramref name="connections"/> loops.</summary>
    public static async Task<Result> RunAsync(Func<HttpClient> client, IReadOnlyList<string> paths, int connections, int seconds)
    {
        // A short warm-up so JIT compilation and connection set-up do not count.
        await Loop(client(), paths, TimeSpan.FromSeconds(2), [], 0);
        var samples = new List<double>[connections];
        var errors = new long[connections];
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, connections).Select(i =>
        {
            samples[i] = new List<double>(seconds * 2000);
            return Task.Run(async () => errors[i] = await Loop(client(), paths, TimeSpan.FromSeconds(seconds), samples[i], i));
        }).ToArray();
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = samples.SelectMany(s => s).ToList();
        return new Result(elapsed, all.Count, errors.Sum(), LatencyStats.Of(all));
    }

    private static async Task<long> Loop(HttpClient c, IReadOnlyList<string> paths, TimeSpan duration, List<double> samples, int offset)
    {
        long errors = 0;
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        for (var n = offset; Stopwatch.GetTimestamp() < end; n++)
        {
            var start = Stopwatch.GetTimestamp();
            using var r = await c.GetAsync(paths[n % paths.Count], HttpCompletionOption.ResponseContentRead);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (!r.IsSuccessStatusCode) errors++;
        }

        return errors;
    }
}
