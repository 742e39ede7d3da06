using System.CommandLine;
using Restake.Analysis.Security.Solving;

namespace Restake.Cli.Commands.Security;

/// <summary>Solver options shared by the security verbs.</summary>
internal static class SecurityOptions
{
    public static Option<string> Solver() => new("--solver") { Description = "cpsat (exact integer proofs) or scip (then confirmed exactly by CP-SAT)", DefaultValueFactory = _ => "cpsat" };

    public static Option<double> TimeLimit() => new("--time-limit") { Description = "Seconds per exact figure before reporting the best solution, bound and gap", DefaultValueFactory = _ => 10.0 };

    public static SolverOptions Resolve(string solver, double seconds)
    {
        var kind = solver.ToLowerInvariant() switch
        {
            "cpsat" or "cp-sat" => SolverKind.CpSat,
            "scip" => SolverKind.Scip,
            _ => throw InputException.At(null, null, "--solver", $"unknown solver '{solver}' (expected cpsat or scip)"),
        };
        if (!(seconds > 0)) throw InputException.At(null, null, "--time-limit", $"must be positive, got {seconds}");
        return new SolverOptions(kind, seconds);
    }
}
