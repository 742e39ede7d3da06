using System.Globalization;
using ScenarioModel = Restake.Scenarios.Model.Scenario;

namespace Restake.Cli.Commands.Scenario;

/// <summary>One line saying what a valid scenario holds: run shape and counts of each kind of entity.</summary>
public static class ScenarioSummary
{
    /// <summary>"name: 365 days in 1-day steps, 1000 paths, seed 42; 2 operators, 1 AVS, … 3 strategies, 4 expected bands".</summary>
    public static string Of(ScenarioModel s)
    {
        var parts = new List<string>
        {
            Count(s.Operators.Length, "operator"),
            Count(s.Avss.Length, "AVS"),
            Count(s.Lsts.Length, "LST"),
            Count(s.Lrts.Length, "LRT"),
            Count(s.Venues.Pools.Length, "pool"),
            Count(s.Venues.LendingMarkets.Length, "lending market"),
            Count(s.Strategies.Length, "strategy", "strategies"),
            Count(s.Expected.Length, "expected band"),
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"{s.Name}: {s.HorizonDays:G6} days in {Step(s.StepDays)} steps, {s.Paths} paths, seed {s.Seed}; {string.Join(", ", parts)}");
    }

    // Sub-day steps read better in hours (1/24 day is "1-hour", not "0.0416666…-day").
    private static string Step(double days) =>
        days >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{days:G6}-day") : string.Create(CultureInfo.InvariantCulture, $"{days * 24:G4}-hour");

    private static string Count(int n, string one, string? many = null) =>
        $"{n} {(n == 1 ? one : many ?? one + "s")}";
}
