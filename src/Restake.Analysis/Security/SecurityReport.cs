using Restake.Analysis.Security.Solving;
using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>Worst loss at one shock with Theorem 1's bound from the best proven slack.</summary>
public sealed record ShockReport(WorstLossResult Result, Rational Theorem1Bound);

/// <summary>
/// Everything <c>restake security analyze</c> reports about a network, under its stake model: verdict, witness attack,
/// max profit, γ*, γ_cert, worst losses per shock, per-service table.
/// </summary>
public sealed record SecurityReport(
    RestakingNetwork Network,
    MaxProfitResult MaxProfit,
    GammaStarResult GammaStar,
    GammaCertificate? Certificate,
    IReadOnlyList<ShockReport> Shocks,
    IReadOnlyList<ServiceReport> Services)
{
    /// <summary>true / false when established; null when the solver could not prove security in time.</summary>
    public bool? Secure => MaxProfit.Secure;

    /// <summary>One-line verdict; never "secure" without a proof.</summary>
    public string Verdict => Secure switch
    {
        true => "secure (proven: no attack has π_A > cost)",
        false => $"INSECURE (witness attack with profit {MaxProfit.MaxProfit})",
        null => $"unknown (no attack found; best bound on profit {MaxProfit.UpperBound}, not proven within the time limit)",
    };

    /// <summary>Runs every analysis.</summary>
    public static SecurityReport Build(RestakingNetwork g, IEnumerable<ShockQuery> shocks, SolverOptions? options = null)
    {
        var exact = new ExactAnalysis(g, options);
        var cert = g.Model == StakeModel.Pooled ? Certificates.Compute(g) : null;
        var mp = exact.MaxProfit();
        var gs = exact.GammaStar();
        // Theorem 1 needs a proven slack: γ*'s proven lower bound, else the certificate.
        Rational? slack = gs.Info.Proven ? gs.GammaStar : gs.LowerBound;
        if (cert?.Effective is { } ce && (slack is null || ce > slack.Value)) slack = ce;
        if (gs.Info.Proven && gs.GammaStar is null) slack = null;
        var shockReports = shocks.Select(s => new ShockReport(exact.WorstLoss(s),
            gs.Info.Proven && gs.GammaStar is null ? Rational.Zero : Certificates.RobustnessBound(slack, s.Value))).ToArray();
        return new SecurityReport(g, mp, gs, cert, shockReports, exact.Services);
    }
}
