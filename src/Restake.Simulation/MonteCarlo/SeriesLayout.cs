using Restake.Simulation.World;

namespace Restake.Simulation.MonteCarlo;

/// <summary>
/// The recorded series — "wealth:STRATEGY" per strategy, "eth-usd", "nav:TOKEN" per liquid token, "price:TOKEN" per
/// pooled token — and the recorded points: day 0 and at most <see cref="MaxPoints"/> evenly spaced steps ending at the horizon.
/// </summary>
public sealed class SeriesLayout
{
    /// <summary>Most recorded points after day 0.</summary>
    public const int MaxPoints = 120;

    /// <summary>Lays out the series and points of <paramref name="world"/>.</summary>
    public SeriesLayout(WorldModel world)
    {
        var names = new List<(string, string)>();
        names.AddRange(world.Strategies.Select(s => ($"wealth:{s.Id}", "ETH per ETH")));
        names.Add(("eth-usd", "USD"));
        names.AddRange(world.Liquid.Select(t => ($"nav:{t.Id}", "ETH per token (start = 1)")));
        PricedPools = world.Pools.Select((_, p) => p).ToArray();
        names.AddRange(world.Pools.Select(p => ($"price:{world.Liquid[p.Token].Id}", "pool price / redemption value")));
        Series = names.Select(n => n.Item1).ToArray();
        Units = names.Select(n => n.Item2).ToArray();
        var steps = world.Steps;
        var stride = Math.Max(1, (steps + MaxPoints - 1) / MaxPoints);
        PointOfStep = new int[steps];
        var days = new List<double> { 0 };
        var elapsed = 0.0;
        for (var k = 0; k < steps; k++)
        {
            elapsed += world.StepDays[k];
            if ((k + 1) % stride == 0 || k == steps - 1)
            {
                PointOfStep[k] = days.Count;
                days.Add(elapsed);
            }
            else
            {
                PointOfStep[k] = -1;
            }
        }

        Days = days.ToArray();
    }

    /// <summary>Series names.</summary>
    public string[] Series { get; }

    /// <summary>Series units.</summary>
    public string[] Units { get; }

    /// <summary>Pools whose price is recorded, in series order.</summary>
    public int[] PricedPools { get; }

    /// <summary>Point index recorded after each step, or −1.</summary>
    public int[] PointOfStep { get; }

    /// <summary>Day of each point.</summary>
    public double[] Days { get; }

    /// <summary>Number of points (including day 0).</summary>
    public int Points => Days.Length;
}
