using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>
/// Figures for one service under the network's stake model: securing stake, cost of corruption c({s}) (exact or with a
/// proven lower bound), profit from corruption, their ratio, Nakamoto coefficient and HHI of the securing stake.
/// </summary>
public sealed record ServiceReport(
    int Service,
    Rational Stake,
    Rational CostOfCorruption,
    Rational CostLowerBound,
    int[] CheapestCoalition,
    Rational Profit,
    Rational? CostToProfit,
    int NakamotoCoefficient,
    Rational? Hhi)
{
    /// <summary>True when <see cref="CostOfCorruption"/> is proven minimal.</summary>
    public bool CostExact => CostOfCorruption == CostLowerBound;
}

/// <summary>Per-service cost of corruption, Nakamoto coefficient and HHI.</summary>
public static class ServiceMeasures
{
    /// <summary>One report per service.</summary>
    public static IReadOnlyList<ServiceReport> Compute(RestakingNetwork g)
    {
        var scale = IntegerScale.Of(g);
        return Enumerable.Range(0, g.Services.Count).Select(s => Compute(g, s, scale)).ToArray();
    }

    /// <summary>The report for service <paramref name="s"/>.</summary>
    public static ServiceReport Compute(RestakingNetwork g, int s, IntegerScale? scale = null)
    {
        scale ??= IntegerScale.Of(g);
        var svc = g.Services[s];
        var total = svc.SecuringStake;
        var need = svc.Threshold * total;
        var weights = svc.Edges.Select(e => scale.ToInteger(e.Weight)).ToArray();
        var cover = MinCover.Solve(weights, (need * new Rational(scale.Factor, 1)).Ceiling());
        var cost = scale.FromInteger(cover.Value);
        var lower = scale.FromInteger(cover.LowerBound);

        // Largest weights first reach the threshold with the fewest members.
        var sorted = svc.Edges.Select(e => e.Weight).OrderByDescending(x => x).ToArray();
        var acc = Rational.Zero;
        var nakamoto = 0;
        while (acc < need)
            acc += sorted[nakamoto++];

        Rational? hhi = total.IsZero ? null : svc.Edges.Aggregate(Rational.Zero, (a, e) => a + e.Weight / total * (e.Weight / total));
        Rational? ratio = svc.Profit.IsZero ? null : cost / svc.Profit;
        return new ServiceReport(s, total, cost, lower, cover.Chosen.Select(i => svc.Edges[i].Validator).Order().ToArray(), svc.Profit, ratio, nakamoto, hhi);
    }
}
