using System.Globalization;
using System.Numerics;
using Restake.Analysis.Security;
using Restake.Analysis.Security.Solving;
using Restake.Numerics;
using Restake.Simulation.World;

namespace Restake.Analysis.Risk;

/// <summary>
/// The security figures of a world's restaking network (unique-stake model): operators' allocations valued in USD at
/// the starting ETH price, AVSs with their profit from corruption and threshold, analysed by the exact security analysis.
/// </summary>
public static class WorldSecurity
{
    /// <summary>Largest total stake, in units, that the exact solvers take comfortably.</summary>
    private const double MaxUnits = 100_000;

    /// <summary>USD per unit of the network: a power of ten keeping the total stake within <see cref="MaxUnits"/>.</summary>
    public static double UnitUsd(WorldModel world)
    {
        var total = world.OperatorStake.Sum() * world.EthPrice.Initial;
        return total <= MaxUnits ? 1 : Math.Pow(10, Math.Ceiling(Math.Log10(total / MaxUnits)));
    }

    /// <summary>The network of <paramref name="world"/>, amounts in whole units of <see cref="UnitUsd"/> USD.</summary>
    public static RestakingNetwork Network(WorldModel world)
    {
        var price = world.EthPrice.Initial / UnitUsd(world);
        var b = new RestakingNetworkBuilder(StakeModel.UniqueStake, world.Scenario.Name);
        for (var i = 0; i < world.OperatorIds.Length; i++) b.AddValidator(world.OperatorIds[i], Usd(world.OperatorStake[i] * price));
        var avss = world.Scenario.Avss;
        for (var j = 0; j < avss.Length; j++)
        {
            b.AddService(avss[j].Id, Usd(avss[j].ProfitFromCorruptionUsd / UnitUsd(world)), Fraction(avss[j].Threshold));
            var perOperator = new Dictionary<int, double>();
            for (var e = world.AvsEdgeStart[j]; e < world.AvsEdgeStart[j + 1]; e++)
                perOperator[world.EdgeOperator[e]] = perOperator.GetValueOrDefault(world.EdgeOperator[e]) + world.EdgeMagnitude[e];
            foreach (var (op, magnitude) in perOperator.OrderBy(x => x.Key))
                b.Connect(avss[j].Id, world.OperatorIds[op], Rational.Min(Usd(magnitude * world.OperatorStake[op] * price),
                    Usd(world.OperatorStake[op] * price)));
        }

        return b.Build();
    }

    /// <summary>Verdict, best attack and per-AVS figures; null when the world has no AVS.</summary>
    public static NetworkSecurityFigures? Analyse(WorldModel world, SolverOptions? options = null)
    {
        if (world.AvsIds.Length == 0) return null;
        var g = Network(world);
        var unit = UnitUsd(world);
        var exact = new ExactAnalysis(g, options ?? new SolverOptions(TimeLimitSeconds: 5));
        var mp = exact.MaxProfit();
        var avss = exact.Services.Select(r => new AvsSecurityFigures(g.Services[r.Service].Id, r.Stake.ToDouble() * unit,
            r.CostOfCorruption.ToDouble() * unit, r.Profit.ToDouble() * unit, r.CostToProfit?.ToDouble(), r.NakamotoCoefficient,
            r.Hhi?.ToDouble())).ToArray();
        var verdict = mp.Secure switch
        {
            true => "secure (proven: no attack is profitable)",
            false => "insecure (a profitable attack exists)",
            null => "undecided within the time limit",
        };
        return new NetworkSecurityFigures(mp.Secure, verdict, mp.MaxProfit.ToDouble() * unit, avss);
    }

    private static Rational Usd(double x) => new(new BigInteger(Math.Round(x)), BigInteger.One);

    /// <summary>The simplest fraction within 1e-9 of x (2/3 for 0.666…), else x on a 1e-6 grid: solvers need small denominators.</summary>
    private static Rational Fraction(double x)
    {
        for (var q = 1; q <= 1000; q++)
        {
            var p = Math.Round(x * q);
            if (Math.Abs(p / q - x) < 1e-9) return new Rational(new BigInteger(p), q);
        }

        return Rational.Parse(x.ToString("0.######", CultureInfo.InvariantCulture));
    }
}
