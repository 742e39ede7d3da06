using Restake.Server.Runs;
using YamlDotNet.RepresentationModel;

namespace Restake.Server.Tests.Support;

/// <summary>
/// A small, genuinely computing run mode for exercising the job runner: each path is a multiplicative random walk of
/// a value driven by a counter-based hash of (seed, path, step). Scenario fields: <c>steps</c>, <c>batchSize</c>,
/// <c>delayMs</c> (per batch, to make runs slow enough to interrupt), <c>failAtBatch</c>.
/// </summary>
public sealed class RandomWalkExecutor : IRunExecutor
{
    public const string Name = "random-walk";

    public string Mode => Name;

    public string Description => "Multiplicative random walk (test mode).";

    public RunPlan Plan(RunInput input)
    {
        var p = Parameters.Read(input.ScenarioYaml);
        return new RunPlan(p.BatchSize, [.. Enumerable.Range(0, p.Steps + 1).Select(i => (double)i)], "step");
    }

    public BatchOutput RunBatch(RunInput input, RunPlan plan, long firstPath, int count, CancellationToken ct)
    {
        var p = Parameters.Read(input.ScenarioYaml);
        if (p.FailAtBatch is { } f && firstPath / p.BatchSize == f) throw new InputException($"scenario: failAtBatch: batch {f} fails by request");
        if (p.DelayMs > 0) Task.Delay(p.DelayMs, ct).GetAwaiter().GetResult();
        var paths = new List<PathOutcome>(count);
        for (var path = firstPath; path < firstPath + count; path++)
        {
            ct.ThrowIfCancellationRequested();
            paths.Add(Walk(input.Seed, path, p.Steps));
        }

        return new BatchOutput(paths);
    }

    /// <summary>One path, computed directly (the reference the tests compare stored results with).</summary>
    public static PathOutcome Walk(long seed, long path, int steps)
    {
        var value = 1.0;
        var trajectory = new double[steps + 1];
        trajectory[0] = value;
        for (var s = 1; s <= steps; s++)
        {
            var u = Unit(Mix((ulong)seed, (ulong)path, (ulong)s));
            value *= 1 + 0.02 * (u - 0.45);
            trajectory[s] = value;
        }

        var values = new Dictionary<string, double>
        {
            ["loss"] = Math.Max(0, 1 - value),
            ["yield.growth"] = Math.Max(0, value - 1),
            ["nav"] = value,
        };
        return new PathOutcome(path, values, trajectory);
    }

    private static double Unit(ulong x) => (x >> 11) * (1.0 / (1UL << 53));

    private static ulong Mix(ulong a, ulong b, ulong c)
    {
        var z = a * 0x9E3779B97F4A7C15UL ^ b * 0xBF58476D1CE4E5B9UL ^ c * 0x94D049BB133111EBUL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private sealed record Parameters(int Steps, int BatchSize, int DelayMs, long? FailAtBatch)
    {
        public static Parameters Read(string yaml)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(yaml));
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                throw InputException.At($"scenario:{e.Start.Line}:{e.Start.Column}", null, "yaml", "is not valid YAML");
            }

            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
                throw InputException.At("scenario", null, "yaml", "must be one mapping of parameters");
            int Int(string key, int fallback) => root.Children.TryGetValue(new YamlScalarNode(key), out var n) && n is YamlScalarNode s
                ? int.TryParse(s.Value, out var v) ? v : throw InputException.At("scenario", $"line {n.Start.Line}", key, "must be an integer")
                : fallback;
            var steps = Int("steps", 12);
            if (steps is < 1 or > 1000) throw InputException.At("scenario", null, "steps", "must be between 1 and 1000");
            var batch = Int("batchSize", 100);
            if (batch < 1) throw InputException.At("scenario", null, "batchSize", "must be positive");
            var fail = Int("failAtBatch", -1);
            return new Parameters(steps, batch, Int("delayMs", 0), fail < 0 ? null : fail);
        }
    }
}
