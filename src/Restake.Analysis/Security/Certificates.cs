using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>Per-validator EigenLayer figures (D8): T_v and the overcollateralisation oc_v = σ_v(1 − T_v).</summary>
public sealed record ValidatorCertificate(int Validator, Rational T, Rational Overcollateralisation);

/// <summary>
/// The polynomial-time certificate of Claim 1 / Corollary 2. <see cref="GammaCert"/> is min over validators with σ_v &gt; 0
/// and T_v &gt; 0 of 1/T_v − 1 (null: no validator constrained, i.e. +∞). Orphan services (nothing securing them,
/// π_s &gt; 0) are free attacks a per-validator check cannot see; <see cref="Effective"/> accounts for them.
/// </summary>
public sealed record GammaCertificate(Rational? GammaCert, int? BindingValidator, IReadOnlyList<ValidatorCertificate> Validators, IReadOnlyList<int> OrphanServices)
{
    /// <summary>The slack the certificate proves: −1 with an orphan service, otherwise <see cref="GammaCert"/>.</summary>
    public Rational? Effective => OrphanServices.Count > 0 ? -Rational.One : GammaCert;

    /// <summary>True when the certificate alone proves the network secure (γ ≥ 0, no orphan service).</summary>
    public bool ProvesSecure => Effective is null || Effective.Value.Sign >= 0;
}

/// <summary>Polynomial-time measures: T_v, γ_cert, oc_v, orphan services, local certificates, Theorem 1 bound.</summary>
public static class Certificates
{
    /// <summary>γ_cert for the whole network (pooled model only; the unique-stake model has no such certificate).</summary>
    public static GammaCertificate Compute(RestakingNetwork g) => ComputeLocal(g, null);

    /// <summary>
    /// The local certificate for a set of services C: T_v(C) = Σ_{s∈N(v)∩C} π_s/(α_s σ_{N(s)}) over v ∈ N(C). With
    /// <paramref name="services"/> null, C = S and this is γ_cert.
    /// </summary>
    public static GammaCertificate ComputeLocal(RestakingNetwork g, IReadOnlyCollection<int>? services)
    {
        if (g.Model != StakeModel.Pooled)
            throw new InvalidOperationException("γ_cert is defined for the pooled model only.");
        var inC = services is null ? null : services.ToHashSet();
        var t = new Rational[g.Validators.Count];
        var touched = new bool[g.Validators.Count];
        var orphans = new List<int>();
        for (var s = 0; s < g.Services.Count; s++)
        {
            if (inC is not null && !inC.Contains(s)) continue;
            var svc = g.Services[s];
            if (svc.SecuringStake.IsZero)
            {
                if (svc.Profit.Sign > 0) orphans.Add(s);
                continue;
            }

            // π_s/(α_s σ_{N(s)}) is the share of s's profit each unit of its stake must cover.
            var perUnit = svc.Profit / (svc.Threshold * svc.SecuringStake);
            foreach (var e in svc.Edges)
            {
                t[e.Validator] += perUnit;
                touched[e.Validator] = true;
            }
        }

        var list = new List<ValidatorCertificate>();
        Rational? best = null;
        int? binding = null;
        for (var v = 0; v < t.Length; v++)
        {
            if (!touched[v]) continue;
            var sigma = g.Validators[v].Stake;
            list.Add(new ValidatorCertificate(v, t[v], sigma * (Rational.One - t[v])));
            if (sigma.Sign <= 0 || t[v].Sign <= 0) continue;
            var gamma = Rational.One / t[v] - Rational.One;
            if (best is null || gamma < best.Value)
            {
                best = gamma;
                binding = v;
            }
        }

        return new GammaCertificate(best, binding, list, orphans);
    }

    /// <summary>
    /// Theorem 1: with γ-slack (γ &gt; 0) the realised worst loss after a ψ-shock is below min(1, (1 + 1/γ)ψ). Returns 1
    /// (no information) when γ is unknown or ≤ 0, and 0 for ψ = 0 with γ &gt; 0.
    /// </summary>
    public static Rational RobustnessBound(Rational? gamma, Rational psi)
    {
        if (gamma is not { Sign: > 0 } gm) return Rational.One;
        return Rational.Min(Rational.One, (Rational.One + Rational.One / gm) * psi);
    }

    /// <summary>Theorem 7 (reconstructed): cascade steps T &lt; k(1 + log_{1+γ}(ψσ_V/(γε))), as a double for reporting.</summary>
    public static double CascadeLengthBound(Rational gamma, Rational psi, Rational totalStake, Rational minStake, int depth)
    {
        if (gamma.Sign <= 0 || minStake.Sign <= 0 || psi.Sign <= 0) return double.PositiveInfinity;
        var ratio = (psi * totalStake / (gamma * minStake)).ToDouble();
        return depth * (1 + Math.Max(0, Math.Log(ratio) / Math.Log(1 + gamma.ToDouble())));
    }
}
