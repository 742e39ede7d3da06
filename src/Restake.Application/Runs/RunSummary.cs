using Restake.Analysis.Risk;
using Restake.Analysis.Yields;
using Restake.Scenarios.Model;
using Restake.Simulation.Results;

namespace Restake.Application.Runs;

/// <summary>Turns a finished session's output into the run result: yields, projections, risk, depeg, concentration, security.</summary>
internal static class RunSummary
{
    public static RunResult Build(RunSession session, double seconds)
    {
        var output = session.Run.Accumulator.ToOutput();
        var scenario = session.Scenario;
        var strategies = session.World.Strategies.Select((spec, i) =>
        {
            var st = scenario.Strategies[i];
            var paths = output.Strategies[i];
            var yield = YieldAnalysis.Of(paths, scenario.HorizonDays);
            var hasDebt = st.Kind is StrategyKind.Loop or StrategyKind.Lend;
            return new StrategySummary(st.Id, YamlName(st.Kind), st.Asset, st.Venue, st.Leverage, st.CapitalEth, yield,
                YieldAnalysis.Projections(yield.Apy, st.CapitalEth), RiskAnalysis.Loss(paths),
                hasDebt ? RiskAnalysis.Liquidations(paths) : null);
        }).ToArray();
        var depegs = output.Tokens.Where(t => t.Pool is not null).Select(RiskAnalysis.Depeg).ToArray();
        var info = new RunInfo(scenario.Name, session.Request.ScenarioPath, session.Run.Seed, session.Run.Paths,
            scenario.HorizonDays, scenario.StepDays, session.Run.Mode, session.Run.Batches, seconds);
        return new RunResult(info, strategies, depegs, Concentration.Of(session.World.OperatorStake),
            WorldSecurity.Analyse(session.World), output);
    }

    private static string YamlName(StrategyKind kind) => kind.ToString().ToLowerInvariant();
}
