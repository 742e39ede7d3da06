using Restake.Analysis.Security;
using Restake.Numerics;

namespace Restake.Analysis.Tests.Security;

/// <summary>Small random networks for cross-checks: ≤ 8 validators, ≤ 5 services, thresholds among 1/3, 1/2, 2/3, 1.</summary>
internal static class RandomNetworks
{
    private static readonly Rational[] Thresholds = [new(1, 3), new(1, 2), new(2, 3), Rational.One];

    public static RestakingNetwork Pooled(int seed, int maxValidators = 8, int maxServices = 5, bool positiveStakes = false)
    {
        var rng = new Random(seed);
        var b = new RestakingNetworkBuilder(StakeModel.Pooled, $"random-{seed}");
        var nv = rng.Next(1, maxValidators + 1);
        var ns = rng.Next(1, maxServices + 1);
        for (var v = 0; v < nv; v++)
        {
            var stake = rng.Next(10) == 0 && !positiveStakes ? 0 : rng.Next(1, 21);
            b.AddValidator("v" + v, stake);
        }

        for (var s = 0; s < ns; s++)
        {
            var profit = rng.Next(8) == 0 ? Rational.Zero : new Rational(rng.Next(1, 61), rng.Next(1, 3));
            b.AddService("s" + s, profit, Thresholds[rng.Next(Thresholds.Length)]);
            var p = rng.NextDouble() * 0.8 + 0.1;
            for (var v = 0; v < nv; v++)
                if (rng.NextDouble() < p) b.Connect("s" + s, "v" + v);
        }

        return b.Build();
    }

    public static RestakingNetwork Unique(int seed, int maxValidators = 6, int maxServices = 4, int maxAllocations = 3)
    {
        var rng = new Random(seed);
        var b = new RestakingNetworkBuilder(StakeModel.UniqueStake, $"unique-{seed}");
        var nv = rng.Next(1, maxValidators + 1);
        var ns = rng.Next(1, maxServices + 1);
        var stakes = new int[nv];
        var left = new int[nv];
        for (var v = 0; v < nv; v++)
        {
            stakes[v] = left[v] = rng.Next(1, 21);
            b.AddValidator("o" + v, stakes[v]);
        }

        for (var s = 0; s < ns; s++)
        {
            b.AddService("s" + s, new Rational(rng.Next(0, 41), rng.Next(1, 3)), Thresholds[rng.Next(Thresholds.Length)]);
            var k = rng.Next(0, maxAllocations + 1);
            foreach (var v in Enumerable.Range(0, nv).OrderBy(_ => rng.Next()).Take(k))
            {
                if (left[v] == 0) continue;
                var amount = rng.Next(1, left[v] + 1);
                left[v] -= amount;
                b.Connect("s" + s, "o" + v, amount);
            }
        }

        return b.Build();
    }

    public static readonly Rational[] Shocks = [Rational.Zero, new(1, 10), new(1, 4), new(1, 2)];
}
