using Restake.Scenarios.Model;

namespace Restake.Simulation.World;

/// <summary>
/// A scenario compiled into flat arrays for the path simulator: the clock (steps of the scenario's step, the last one
/// cut to the horizon), per-step event probabilities from annual probabilities (constant hazard), the restaking graph
/// as operator–AVS edges, the liquid tokens, pools, lending markets and strategies. Shared read-only by all paths.
/// </summary>
public sealed partial class WorldModel
{
    /// <summary>Default value locked in an LRT without a pool or a <c>tvlEth</c>.</summary>
    public const double DefaultTvlEth = 100_000;

    /// <summary>Aave v3's reserve factor on interest, applied to every market's supply rate.</summary>
    public const double ReserveFactor = 0.10;

    /// <summary>Builds the model of <paramref name="scenario"/>; CSV price files resolve against <paramref name="baseDirectory"/>.</summary>
    public WorldModel(Scenario scenario, string? baseDirectory = null)
    {
        Scenario = scenario;
        var steps = (int)Math.Ceiling(scenario.HorizonDays / scenario.StepDays - 1e-9);
        StepDays = new double[steps];
        for (var k = 0; k < steps; k++)
            StepDays[k] = Math.Min(scenario.StepDays, scenario.HorizonDays - k * scenario.StepDays);
        Steps = steps;
        var c = scenario.Consensus;
        ConsensusApr = 166.3 / Math.Sqrt(c.StakedEth) * c.RealisedShare;
        ExecutionApr = c.ExecutionApr;
        EthPrice = PriceProcess.Create("ETH", scenario.Assets.EthUsd, baseDirectory, steps);
        Tokens = scenario.Assets.Tokens.Select(t => PriceProcess.Create(t.Id, t.Usd, baseDirectory, steps)).ToArray();
        EthPrice.Prepare(StepDays);
        foreach (var token in Tokens) token.Prepare(StepDays);
        BuildOperators(scenario);
        BuildAvss(scenario);
        BuildTokens(scenario);
        BuildVenues(scenario);
        BuildStrategies(scenario);
    }

    /// <summary>The scenario compiled.</summary>
    public Scenario Scenario { get; }

    /// <summary>Number of clock steps.</summary>
    public int Steps { get; }

    /// <summary>Length of each step in days (all the scenario's step but possibly the last).</summary>
    public double[] StepDays { get; }

    /// <summary>Consensus APR realised by validators: 166.3/√staked · realised share.</summary>
    public double ConsensusApr { get; }

    /// <summary>Execution-layer APR (fees + MEV).</summary>
    public double ExecutionApr { get; }

    /// <summary>ETH/USD price process.</summary>
    public PriceProcess EthPrice { get; }

    /// <summary>Reward token price processes, in scenario order.</summary>
    public PriceProcess[] Tokens { get; }

    /// <summary>Probability that an event of constant hazard with annual probability <paramref name="perYear"/> happens within <paramref name="days"/>.</summary>
    public static double StepProbability(double perYear, double days)
    {
        if (perYear <= 0) return 0;
        if (perYear >= 1) return 1;
        return -ExpM1(Math.Log(1 - perYear) * days / 365.0);
    }

    /// <summary>e^x − 1 without cancellation for small x.</summary>
    public static double ExpM1(double x) => Math.Abs(x) < 1e-5 ? x * (1 + x * (0.5 + x / 6)) : Math.Exp(x) - 1;

    /// <summary>Gross staking APR (consensus + execution).</summary>
    public double StakingApr => ConsensusApr + ExecutionApr;
}
