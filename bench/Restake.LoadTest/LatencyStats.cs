namespace Restake.LoadTest;

/// <summary>Latency percentiles from recorded samples (milliseconds).</summary>
public sealed record LatencyStats(long Count, double P50, double P90, double P99, double Max)
{
    /// <summary>Summarises samples (sorted in place).</summary>
    public static LatencyStats Of(List<double> samples)
    {
        if (samples.Count == 0) return new(0, 0, 0, 0, 0);
        samples.Sort();
        double Q(double q) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(q * samples.Count) - 1)];
        return new(samples.Count, Q(0.50), Q(0.90), Q(0.99), samples[^1]);
    }
}
