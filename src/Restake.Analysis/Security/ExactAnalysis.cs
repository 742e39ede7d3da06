using Restake.Analysis.Security.Solving;
using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>
/// Exact answers: most profitable attack (MILP-1), γ* (Dinkelbach on MILP-1), worst loss after a ψ-shock (MILP-2) and
/// top-k attacks. Every reported attack is re-verified in rationals; a figure is "proven" only with a solver proof.
/// The unique-stake model's attack cost adds up service by service, so its MILP-1 and γ* decompose into exact
/// single-service covers.
/// </summary>
public sealed class ExactAnalysis
{
    private readonly ScaledNetwork _n;
    private readonly IReadOnlyList<ServiceReport> _services;

    /// <summary>Prepares the analysis of <paramref name="g"/>.</summary>
    public ExactAnalysis(RestakingNetwork g, SolverOptions? options = null)
    {
        Network = g;
        Options = options ?? SolverOptions.Default;
        _n = new ScaledNetwork(g);
        _services = ServiceMeasures.Compute(g);
    }

    /// <summary>The network.</summary>
    public RestakingNetwork Network { get; }

    /// <summary>Solver choice and time limit per figure.</summary>
    public SolverOptions Options { get; }

    /// <summary>Per-service figures (computed once).</summary>
    public IReadOnlyList<ServiceReport> Services => _services;

    /// <summary>The most profitable attack.</summary>
    public MaxProfitResult MaxProfit()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        if (Network.Model == StakeModel.UniqueStake)
        {
            var chosen = _services.Where(r => r.Profit > r.CostOfCorruption).ToArray();
            var attack = Attack.Unique(chosen.Select(r => r.Service), chosen.SelectMany(r => r.CheapestCoalition.Select(v => (r.Service, v))));
            var best = Verify(attack, null).Net;
            var upper = _services.Aggregate(Rational.Zero, (a, r) => a + Rational.Max(Rational.Zero, r.Profit - r.CostLowerBound));
            return new MaxProfitResult(Network.Model, attack, best, upper, new SolveInfo("per-service exact cover", best == upper, sw.Elapsed, 0));
        }

        var program = new AttackProgram(_n, AttackObjective.MaxProfit);
        if (program.IsEmpty)
            return new MaxProfitResult(Network.Model, Attack.Empty, Rational.Zero, Rational.Zero, new SolveInfo("trivial", true, sw.Elapsed, 0));
        var greedy = GreedyAttacks.BestPooled(Network, _services);
        var search = new AttackSearch(_n, program.Services);
        var found = search.Search(SearchBudget(sw), greedy);
        var warm = search.Value(found) > search.Value(greedy) ? found : greedy;
        program.Program.Hint = program.Encode(warm);
        var outcome = ProvenSolver.Solve(program.Program, Options with { TimeLimitSeconds = Remaining(sw, Options.TimeLimitSeconds) });
        var witness = outcome.HasSolution ? program.Decode(outcome.Values!) : Attack.Empty;
        var net = Verify(witness, null).Net;
        if (net.Sign < 0 || (net.IsZero && !witness.IsEmpty)) (witness, net) = (Attack.Empty, Rational.Zero);
        var warmCheck = Verify(warm, null);
        if (warmCheck.Valid && warmCheck.Net > net) (witness, net) = (warm, warmCheck.Net);
        var proven = outcome.Status == SolveStatus.Optimal && outcome.ExactProof;
        var ub = proven ? net : Rational.Max(net, _n.ToRational(Math.Max(0, outcome.Bound)));
        return new MaxProfitResult(Network.Model, witness, net, ub, new SolveInfo(outcome.Solver, proven, sw.Elapsed));
    }

    /// <summary>γ* by Dinkelbach: start from the best single-service ratio; each step either improves λ or proves it optimal.</summary>
    public GammaStarResult GammaStar()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var profitable = _services.Where(r => r.Profit.Sign > 0).ToArray();
        if (profitable.Length == 0) return new GammaStarResult(Network.Model, null, null, null, new SolveInfo("no service has profit", true, sw.Elapsed, 0));
        var bestSingle = profitable.MinBy(r => r.CostOfCorruption / r.Profit)!;
        Attack Single(ServiceReport r) => Network.Model == StakeModel.Pooled
            ? Attack.Pooled([r.Service], r.CheapestCoalition)
            : Attack.Unique([r.Service], r.CheapestCoalition.Select(v => (r.Service, v)));
        var witness = Single(bestSingle);
        var check = Verify(witness, null);
        var ratio = check.Cost / check.Profit;

        if (Network.Model == StakeModel.UniqueStake)
        {
            // Costs add up per service, so a set's ratio is a weighted mean of its members' — the best single service wins.
            var lower = profitable.Min(r => r.CostLowerBound / r.Profit);
            return new GammaStarResult(Network.Model, ratio - Rational.One, witness, lower - Rational.One,
                new SolveInfo("per-service exact cover", lower == ratio, sw.Elapsed, 0));
        }

        var solves = 0;
        var deadline = sw.Elapsed.TotalSeconds + Options.TimeLimitSeconds;
        if (Options.ServiceBranching)
        {
            // The bound's progress does not depend on the witness (best-first), so the set search runs beside it, on the other core.
            var (start, startRatio) = (witness, ratio);
            var primal = Task.Run(() => SetSearch(start, startRatio, sw, ParallelSearchShare, ParallelCoverShare));
            var bb = new ServiceBranchAndBound(_n).Solve(witness, ratio, Math.Max(0.1, deadline - sw.Elapsed.TotalSeconds));
            (witness, ratio) = primal.Result;
            if (bb.Ratio < ratio) (witness, ratio) = (bb.Witness, bb.Ratio);
            var lower = Rational.Min(bb.Bound, ratio) - Rational.One;
            var cert = Certificates.Compute(Network).Effective;
            if (cert is { } gc && gc > lower) lower = Rational.Min(gc, ratio - Rational.One);
            return new GammaStarResult(Network.Model, ratio - Rational.One, witness, lower,
                new SolveInfo($"stake-share branch and bound over services ({bb.Nodes} nodes, {bb.Covers} exact covers)", bb.Bound >= ratio, sw.Elapsed, bb.Covers));
        }

        (witness, ratio) = SetSearch(witness, ratio, sw, SetSearchShare, SetSearchShare + CoverShare);

        // Every attacking coalition costs at least ρ·π_A (stake shares, verified exactly); with ρ at the witness's ratio
        // the witness is optimal without a solve.
        var shares = RatioCertificate.LowerBound(_n, Options with { TimeLimitSeconds = Math.Max(0.5, 0.5 * Options.TimeLimitSeconds) });
        Rational? Best(Rational? bound)
        {
            Rational? best = bound;
            foreach (var b in new[] { Certificates.Compute(Network).Effective, shares - Rational.One })
                if (b is { } x && (best is null || x > best.Value)) best = x;
            return best;
        }

        while (true)
        {
            if (shares is { } rho && rho >= ratio)
                return new GammaStarResult(Network.Model, ratio - Rational.One, witness, ratio - Rational.One, new SolveInfo("Dinkelbach/stake-share certificate", true, sw.Elapsed, solves));
            var remaining = deadline - sw.Elapsed.TotalSeconds;
            if (remaining <= 0.05)
                return new GammaStarResult(Network.Model, ratio - Rational.One, witness, Best(null), new SolveInfo("Dinkelbach/" + Options.Kind, false, sw.Elapsed, solves));
            var lam = ratio; // σ_B/π_A in the same units, so the scale cancels
            AttackProgram program;
            try
            {
                program = new AttackProgram(_n, AttackObjective.Ratio, ratio: ((long)lam.Numerator, (long)lam.Denominator));
            }
            catch (NotSupportedException)
            {
                return new GammaStarResult(Network.Model, ratio - Rational.One, witness, Best(null), new SolveInfo("Dinkelbach (numbers too large)", false, sw.Elapsed, solves));
            }

            program.Program.Hint = program.Encode(witness);
            var outcome = ProvenSolver.Solve(program.Program, Options with { TimeLimitSeconds = Math.Max(0.1, deadline - sw.Elapsed.TotalSeconds) });
            solves++;
            Attack? improved = null;
            if (outcome.HasSolution && outcome.Objective > 0)
            {
                var cand = program.Decode(outcome.Values!);
                var c = Verify(cand, null);
                if (c.Attacking && c.Profit.Sign > 0 && c.Cost / c.Profit < ratio) improved = cand;
            }

            if (improved is not null)
            {
                witness = improved;
                var c = Verify(improved, null);
                ratio = c.Cost / c.Profit;
                continue;
            }

            var proven = outcome.Status == SolveStatus.Optimal && outcome.ExactProof || outcome.Status == SolveStatus.Infeasible && outcome.ExactProof;
            // Bound U on λ_num·π_A − λ_den·σ_B gives σ_B/π_A ≥ λ − U/(λ_den·π_A) ≥ λ − U/(λ_den·π_min).
            Rational? lowerBound = proven ? ratio - Rational.One : null;
            if (!proven && outcome.Bound is > 0 and < long.MaxValue)
            {
                var piMin = _n.Profit.Where(x => x > 0).Min();
                lowerBound = ratio - new Rational(outcome.Bound, lam.Denominator * piMin) - Rational.One;
            }

            // Claim 1 with slack (every attacking coalition has σ_B ≥ (1+γ_cert)·π_A) and the stake shares bound it too.
            if (!proven) lowerBound = Best(lowerBound);

            return new GammaStarResult(Network.Model, ratio - Rational.One, witness, lowerBound,
                new SolveInfo("Dinkelbach/" + outcome.Solver, proven, sw.Elapsed, solves));
        }
    }

    /// <summary>
    /// The primal search's budget: a small share of the limit in CPU time, capped at 40 % of it in wall time (what is
    /// left of the limit goes to the solver).
    /// </summary>
    private SearchDeadline SearchBudget(System.Diagnostics.Stopwatch sw) => new(
        TimeSpan.FromSeconds(Math.Min(3, Options.TimeLimitSeconds * 0.15)),
        TimeSpan.FromSeconds(Math.Max(0, Options.TimeLimitSeconds * 0.4 - sw.Elapsed.TotalSeconds)));

    private static double Remaining(System.Diagnostics.Stopwatch sw, double limit) => Math.Max(0.5, limit - sw.Elapsed.TotalSeconds);

    /// <summary>
    /// The primal side of γ*: an attacked set with a small LP cover ratio (<see cref="RatioSetSearch"/>), covered exactly
    /// and verified in rationals; kept when it beats the given witness.
    /// </summary>
    /// <param name="witness">The attack to beat.</param>
    /// <param name="ratio">Its σ_B/π_A.</param>
    /// <param name="sw">Started when γ* did.</param>
    /// <param name="searchEnd">Share of the limit by which the search ends.</param>
    /// <param name="coverEnd">Share of the limit by which the cover ends.</param>
    private (Attack Witness, Rational Ratio) SetSearch(Attack witness, Rational ratio, System.Diagnostics.Stopwatch sw, double searchEnd, double coverEnd)
    {
        using var search = new RatioSetSearch(_n);
        var limit = Options.TimeLimitSeconds;
        if (search.Search(ratio.ToDouble(), Math.Max(0.1, searchEnd * limit - sw.Elapsed.TotalSeconds)) is not { } set) return (witness, ratio);
        if (search.Cover(set, Math.Max(0.1, coverEnd * limit - sw.Elapsed.TotalSeconds)) is not { } attack) return (witness, ratio);
        var c = Verify(attack, null);
        return c.Attacking && c.Profit.Sign > 0 && c.Cost / c.Profit < ratio ? (attack, c.Cost / c.Profit) : (witness, ratio);
    }

    /// <summary>Share of the γ* limit (from its start) by which the set search ends when it runs before the Dinkelbach steps.</summary>
    private const double SetSearchShare = 0.2;

    /// <summary>Share of the γ* limit for covering the chosen set before the Dinkelbach steps.</summary>
    private const double CoverShare = 0.2;

    /// <summary>Share of the γ* limit by which the set search ends when it runs beside the branch and bound.</summary>
    private const double ParallelSearchShare = 0.3;

    /// <summary>Share of the γ* limit by which the cover ends when it runs beside the branch and bound.</summary>
    private const double ParallelCoverShare = 0.85;

    /// <summary>Worst realised loss after a ψ-shock (MILP-2).</summary>
    public WorstLossResult WorstLoss(ShockQuery shock)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        if (Network.TotalStake.IsZero)
            return new WorstLossResult(Network.Model, shock, Rational.Zero, [], Attack.Empty, Rational.Zero, new SolveInfo("trivial", true, sw.Elapsed, 0));
        var program = new LossProgram(_n, shock.Value);
        var outcome = ProvenSolver.Solve(program.Program, Options with { TimeLimitSeconds = Remaining(sw, Options.TimeLimitSeconds) });
        var (d, attack) = outcome.HasSolution ? program.Decode(outcome.Values!) : ([], Attack.Empty);
        var loss = VerifyLoss(shock.Value, d, attack);
        var proven = outcome.Status == SolveStatus.Optimal && outcome.ExactProof && loss is not null;
        if (loss is null) (d, attack, loss) = ([], Attack.Empty, Rational.Zero);
        var ub = proven ? loss.Value : Rational.Min(Rational.One, Rational.Max(loss.Value, _n.ToRational(outcome.Bound) / Network.TotalStake));
        return new WorstLossResult(Network.Model, shock, loss.Value, d, attack, ub, new SolveInfo(outcome.Solver, proven, sw.Elapsed));
    }

    /// <summary>Up to k distinct attacks in decreasing profit (pooled: B within N(A)); each is valid and re-verified.</summary>
    public IReadOnlyList<(Attack Attack, Rational Profit)> TopAttacks(int k)
    {
        var result = new List<(Attack, Rational)>();
        var profitProgram = new AttackProgram(_n, AttackObjective.MaxProfit, onlyNeighbours: true);
        if (profitProgram.IsEmpty) return result;
        // Validity (one unit of profit) makes every returned assignment an attack worth listing.
        var idx = Enumerable.Range(0, profitProgram.Program.VarCount).Where(i => profitProgram.Program.Objective[i] != 0).ToArray();
        profitProgram.Program.AddRow(idx, idx.Select(i => profitProgram.Program.Objective[i]).ToArray(), 1, long.MaxValue / 4);
        for (var i = 0; i < k; i++)
        {
            var outcome = ProvenSolver.Solve(profitProgram.Program, Options);
            if (!outcome.HasSolution) break;
            var attack = profitProgram.Decode(outcome.Values!);
            var c = Verify(attack, null);
            if (!c.Valid) break;
            result.Add((attack, c.Net));
            profitProgram.ForbidAssignment(outcome.Values!);
        }

        return result;
    }

    private AttackCheck Verify(Attack attack, IReadOnlySet<int>? removed) => AttackVerifier.Check(Network, attack, removed);

    /// <summary>Exact realised loss of (D, attack), or null if the pair is not admissible (over budget or invalid attack).</summary>
    private Rational? VerifyLoss(Rational psi, IReadOnlyList<int> shock, Attack attack)
    {
        var sd = AttackVerifier.StakeOf(Network, shock);
        if (sd > psi * Network.TotalStake) return null;
        var cost = Rational.Zero;
        if (!attack.IsEmpty)
        {
            var c = AttackVerifier.Check(Network, attack, shock.ToHashSet());
            if (!c.Valid) return null;
            cost = c.Cost;
        }

        return (sd + cost) / Network.TotalStake;
    }
}
