using Restake.Analysis.Security.Solving;
using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>Which valid attack a cascade takes at each step.</summary>
public enum CascadePolicy
{
    /// <summary>The smallest-cost valid attack (longest, domino-like sequences).</summary>
    MinStakeFirst,

    /// <summary>The most profitable attack (MILP-1 on what remains).</summary>
    MaxProfit,
}

/// <summary>One cascade step: the attack, its exact profit and cost, and the stake lost so far.</summary>
public sealed record CascadeStep(int Index, Attack Attack, Rational Profit, Rational Cost, Rational CumulativeLoss, bool Proven);

/// <summary>A cascade after a named shock: the steps, the final loss fraction, and the union of all steps' attacks.</summary>
public sealed record CascadeResult(StakeModel Model, CascadePolicy Policy, IReadOnlyList<int> Shock, IReadOnlyList<CascadeStep> Steps, Rational LossFraction, Attack Union)
{
    /// <summary>True when every step's "no further attack" was proven (the cascade really stops there).</summary>
    public bool Complete { get; init; }
}

/// <summary>
/// Behavioural cascade (reference §5.5): after shock D, repeatedly take a valid attack on what remains, never corrupting
/// a service twice, until none is left. Each step is verified exactly on G↓(D ∪ earlier coalitions).
/// </summary>
public static class CascadeSimulator
{
    /// <summary>Runs the cascade after <paramref name="shock"/> (validator indices) under <paramref name="policy"/>.</summary>
    public static CascadeResult Run(RestakingNetwork g, IReadOnlyCollection<int> shock, CascadePolicy policy, SolverOptions? options = null, int maxSteps = 1000)
    {
        options ??= SolverOptions.Default;
        var n = new ScaledNetwork(g);
        var removed = shock.ToHashSet();
        var corrupted = new HashSet<int>();
        var slashed = new List<(int, int)>();
        var coalition = new HashSet<int>();
        var steps = new List<CascadeStep>();
        var lost = AttackVerifier.StakeOf(g, removed);
        var complete = false;
        for (var i = 0; i < maxSteps; i++)
        {
            var program = new AttackProgram(n, policy == CascadePolicy.MaxProfit ? AttackObjective.MaxProfit : AttackObjective.MinCost, removed, corrupted);
            if (program.IsEmpty)
            {
                complete = true;
                break;
            }

            var outcome = ProvenSolver.Solve(program.Program, options);
            var proven = outcome.ExactProof && outcome.Status is SolveStatus.Optimal or SolveStatus.Infeasible;
            if (!outcome.HasSolution || (policy == CascadePolicy.MaxProfit && outcome.Objective <= 0))
            {
                complete = proven;
                break;
            }

            var attack = program.Decode(outcome.Values!);
            var check = AttackVerifier.Check(g, attack, removed);
            if (!check.Valid) break; // never report an unverified step
            lost += check.Cost; // σ_B pooled, the slashed allocations under unique stake
            if (g.Model == StakeModel.Pooled) removed.UnionWith(attack.Coalition);
            foreach (var s in attack.Services) corrupted.Add(s);
            foreach (var v in attack.Coalition) coalition.Add(v);
            slashed.AddRange(attack.Slashed);
            steps.Add(new CascadeStep(steps.Count + 1, attack, check.Profit, check.Cost, g.TotalStake.IsZero ? Rational.Zero : lost / g.TotalStake, proven));
        }

        var union = g.Model == StakeModel.Pooled ? Attack.Pooled(corrupted, coalition) : Attack.Unique(corrupted, slashed);
        return new CascadeResult(g.Model, policy, shock.Order().ToArray(), steps, g.TotalStake.IsZero ? Rational.Zero : lost / g.TotalStake, union) { Complete = complete };
    }
}
