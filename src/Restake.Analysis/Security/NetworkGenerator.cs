using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>How operator stakes are drawn.</summary>
public enum StakeDistribution
{
    /// <summary>Pareto (shape 1.16, "80/20"), from 32 units, capped at 10⁶: heavy-tailed like mainnet operators.</summary>
    Pareto,

    /// <summary>Log-normal (μ = ln 1000, σ = 2), capped at 10⁶.</summary>
    LogNormal,

    /// <summary>Uniform on [32, 10 000].</summary>
    Uniform,
}

/// <summary>Shape of a synthetic network.</summary>
public sealed record GeneratorSpec(
    int Operators = 2000,
    int Services = 50,
    int MinDegree = 1,
    int MaxDegree = 15,
    StakeDistribution Distribution = StakeDistribution.Pareto,
    int Seed = 1,
    double MaxProfitRatio = 0.6,
    StakeModel Model = StakeModel.Pooled);

/// <summary>
/// Synthetic restaking networks for experiments and benchmarks: integer stakes from a chosen distribution, each operator
/// on a uniform number of services picked by a Zipf-like popularity (a few large services, a long tail), profits a
/// uniform fraction (up to <see cref="GeneratorSpec.MaxProfitRatio"/>) of the stake securing each service, thresholds
/// among 1/3, 1/2 and 2/3. Deterministic for a given spec.
/// </summary>
public static class NetworkGenerator
{
    private static readonly Rational[] Thresholds = [new(1, 3), new(1, 2), new(2, 3)];

    /// <summary>Generates the network described by <paramref name="spec"/>.</summary>
    public static RestakingNetwork Generate(GeneratorSpec spec)
    {
        if (spec.Operators < 1 || spec.Services < 1) throw new ArgumentException("need at least one operator and one service");
        if (spec.MinDegree < 1 || spec.MaxDegree < spec.MinDegree) throw new ArgumentException("degrees must satisfy 1 ≤ min ≤ max");
        var rng = new Random(spec.Seed);
        var stakes = Enumerable.Range(0, spec.Operators).Select(_ => DrawStake(rng, spec.Distribution)).ToArray();
        var popularity = Enumerable.Range(0, spec.Services).Select(s => 1.0 / Math.Pow(s + 1, 0.8)).ToArray();
        var members = Enumerable.Range(0, spec.Services).Select(_ => new List<int>()).ToArray();
        for (var v = 0; v < spec.Operators; v++)
        {
            var degree = Math.Min(spec.Services, DrawDegree(rng, spec.MinDegree, spec.MaxDegree));
            foreach (var s in WeightedSample(rng, popularity, degree)) members[s].Add(v);
        }

        for (var s = 0; s < spec.Services; s++)
            if (members[s].Count == 0) members[s].Add(rng.Next(spec.Operators));

        var b = new RestakingNetworkBuilder(spec.Model, $"generated-{spec.Operators}x{spec.Services}-seed{spec.Seed}");
        for (var v = 0; v < spec.Operators; v++) b.AddValidator("op" + v, stakes[v]);
        var allocated = new long[spec.Operators];
        var degreeOf = new int[spec.Operators];
        foreach (var m in members) foreach (var v in m) degreeOf[v]++;
        for (var s = 0; s < spec.Services; s++)
        {
            long secured = 0;
            var alloc = new long[members[s].Count];
            for (var k = 0; k < members[s].Count; k++)
            {
                var v = members[s][k];
                if (spec.Model == StakeModel.Pooled) alloc[k] = stakes[v];
                else
                {
                    // Split each operator's stake across its services at random, never beyond its stake.
                    var left = stakes[v] - allocated[v];
                    alloc[k] = degreeOf[v] <= 1 ? left : (long)(left * rng.NextDouble() * 0.9);
                    allocated[v] += alloc[k];
                    degreeOf[v]--;
                }

                secured += alloc[k];
            }

            var profit = (long)Math.Round(secured * spec.MaxProfitRatio * (0.05 + 0.95 * rng.NextDouble()));
            var id = "avs" + s;
            b.AddService(id, profit, Thresholds[rng.Next(Thresholds.Length)]);
            for (var k = 0; k < members[s].Count; k++)
                b.Connect(id, "op" + members[s][k], spec.Model == StakeModel.Pooled ? null : alloc[k]);
        }

        return b.Build($"generated-{spec.Operators}x{spec.Services}-seed{spec.Seed}");
    }

    /// <summary>P(d) ∝ 1/d² on [min, max]: most operators run one or two services, a few run many (mean ≈ 2.1 on 1–15).</summary>
    private static int DrawDegree(Random rng, int min, int max)
    {
        var total = 0.0;
        for (var d = min; d <= max; d++) total += 1.0 / (d * (double)d);
        var u = rng.NextDouble() * total;
        for (var d = min; d <= max; d++)
        {
            u -= 1.0 / (d * (double)d);
            if (u <= 0) return d;
        }

        return max;
    }

    private static long DrawStake(Random rng, StakeDistribution d)
    {
        var u = 1 - rng.NextDouble();
        var x = d switch
        {
            StakeDistribution.Pareto => 32 * Math.Pow(u, -1 / 1.16),
            StakeDistribution.LogNormal => Math.Exp(Math.Log(1000) + 2 * Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * rng.NextDouble())),
            _ => 32 + (10_000 - 32) * rng.NextDouble(),
        };
        return Math.Clamp((long)Math.Round(x), 1, 1_000_000);
    }

    private static IEnumerable<int> WeightedSample(Random rng, double[] weights, int k)
    {
        // Efraimidis–Spirakis: keys u^(1/w), take the k largest.
        return weights.Select((w, i) => (Key: Math.Pow(rng.NextDouble(), 1 / w), i)).OrderByDescending(p => p.Key).Take(k).Select(p => p.i);
    }
}
