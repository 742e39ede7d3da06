using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>How an exact figure was obtained: which solver, whether optimality is proven, and how long it took.</summary>
public sealed record SolveInfo(string Method, bool Proven, TimeSpan Elapsed, int Solves = 1);

/// <summary>
/// MILP-1: the most profitable attack (re-verified exactly) and the proven upper bound on π_A − cost. Secure only
/// when proven with <see cref="MaxProfit"/> = 0.
/// </summary>
public sealed record MaxProfitResult(StakeModel Model, Attack Witness, Rational MaxProfit, Rational UpperBound, SolveInfo Info)
{
    /// <summary>True/false when established; null when no valid attack was found and none was ruled out.</summary>
    public bool? Secure => MaxProfit.Sign > 0 ? false : Info.Proven ? true : null;

    /// <summary>Upper bound − best found (zero when proven).</summary>
    public Rational Gap => UpperBound - MaxProfit;
}

/// <summary>
/// γ* = min over attacking coalitions with π_A &gt; 0 of cost/π_A − 1 (null value: no service has profit, +∞). The
/// witness attains the value; <see cref="LowerBound"/> is what is proven (equal to the value when proven).
/// </summary>
public sealed record GammaStarResult(StakeModel Model, Rational? GammaStar, Attack? Witness, Rational? LowerBound, SolveInfo Info);

/// <summary>
/// Worst realised loss (σ_D + cost)/σ_V after a ψ-shock followed by one valid attack (MILP-2), with the shock and the
/// attack that attain it, the proven upper bound, and Theorem 1's bound from the best slack known.
/// </summary>
public sealed record WorstLossResult(StakeModel Model, ShockQuery Shock, Rational Loss, IReadOnlyList<int> ShockSet, Attack Attack, Rational UpperBound, SolveInfo Info)
{
    /// <summary>Upper bound − loss found.</summary>
    public Rational Gap => UpperBound - Loss;
}
