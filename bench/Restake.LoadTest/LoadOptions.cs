namespace Restake.LoadTest;

/// <summary>Command-line settings of the load and fault run; every loop is bounded by these.</summary>
public sealed record LoadOptions
{
    /// <summary>Seconds of the read phase.</summary>
    public int ReadSeconds { get; init; } = 30;

    /// <summary>Concurrent connections of the read phase.</summary>
    public int Connections { get; init; } = 8;

    /// <summary>Runs submitted at once in the submission phase.</summary>
    public int Submissions { get; init; } = 20;

    /// <summary>Paths per submitted run.</summary>
    public long Paths { get; init; } = 20_000;

    /// <summary>Run mode of the submissions (the server's first mode when null).</summary>
    public string? Mode { get; init; }

    /// <summary>Scenario text file of the submissions (the mode's own example when null).</summary>
    public string? ScenarioFile { get; init; }

    /// <summary>Store of the in-process server: "sqlite" (a temporary file) or "postgres:CONNECTION".</summary>
    public string Store { get; init; } = "sqlite";

    /// <summary>Minimum read throughput and maximum p99 latency (ms) the run must reach.</summary>
    public (double Rps, double P99Ms) Targets { get; init; } = (1000, 50);

    /// <summary>Parses <c>--seconds N --connections N --submissions N --paths N --mode M --scenario FILE --store S</c>.</summary>
    public static LoadOptions Parse(string[] args)
    {
        var o = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--seconds" => o with { ReadSeconds = Math.Clamp(int.Parse(Next()), 1, 300) },
                "--connections" => o with { Connections = Math.Clamp(int.Parse(Next()), 1, 256) },
                "--submissions" => o with { Submissions = Math.Clamp(int.Parse(Next()), 1, 200) },
                "--paths" => o with { Paths = Math.Clamp(long.Parse(Next()), 2, 10_000_000) },
                "--mode" => o with { Mode = Next() },
                "--scenario" => o with { ScenarioFile = Next() },
                "--store" => o with { Store = Next() },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return o;
    }
}
