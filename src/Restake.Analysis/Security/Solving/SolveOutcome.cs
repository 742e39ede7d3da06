namespace Restake.Analysis.Security.Solving;

/// <summary>What a solve established.</summary>
public enum SolveStatus
{
    /// <summary>Optimal and proven.</summary>
    Optimal,

    /// <summary>A solution was found; optimality not proven within the limit.</summary>
    Feasible,

    /// <summary>Proven to have no solution.</summary>
    Infeasible,

    /// <summary>Neither a solution nor a proof within the limit.</summary>
    Unknown,
}

/// <summary>
/// Result of one solve: status, best assignment (if any), its exact integer objective and the best proven upper bound
/// (integer, rounded down; for a back end with floating-point bounds this bound is only as good as its tolerance).
/// </summary>
public sealed record SolveOutcome(SolveStatus Status, long[]? Values, long Objective, long Bound, string Solver, TimeSpan Elapsed, bool ExactProof)
{
    /// <summary>True when an assignment is available.</summary>
    public bool HasSolution => Values is not null;
}

/// <summary>Solver options shared by the back ends.</summary>
/// <param name="Kind">Back end for the programs.</param>
/// <param name="TimeLimitSeconds">Time limit per figure.</param>
/// <param name="Workers">CP-SAT workers (0: automatic).</param>
/// <param name="ServiceBranching">γ* (pooled) by the exact branch and bound over services instead of Dinkelbach steps on MILP-1.</param>
public sealed record SolverOptions(SolverKind Kind = SolverKind.CpSat, double TimeLimitSeconds = 10, int Workers = 0, bool ServiceBranching = true)
{
    /// <summary>Default: CP-SAT, 10 s.</summary>
    public static SolverOptions Default { get; } = new();
}

/// <summary>Which OR-Tools back end solves the programs.</summary>
public enum SolverKind
{
    /// <summary>CP-SAT on the integer model (exact arithmetic: its proofs are proofs).</summary>
    CpSat,

    /// <summary>SCIP through the linear-solver API (floating-point LP; the last gap is closed exactly by CP-SAT).</summary>
    Scip,
}

/// <summary>A back end that solves a <see cref="BinaryProgram"/>.</summary>
public interface IBinarySolver
{
    /// <summary>Maximises the program within the options' time limit.</summary>
    SolveOutcome Solve(BinaryProgram program, SolverOptions options);
}
