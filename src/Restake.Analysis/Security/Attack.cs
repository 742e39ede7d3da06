using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>
/// An attack (A, B): the services <see cref="Services"/> corrupted and the coalition that pays for it. In the pooled
/// model <see cref="Coalition"/> is B; in the unique-stake model <see cref="Slashed"/> lists the (service, validator)
/// allocations forfeited (B_s for each s in A) and <see cref="Coalition"/> their validators.
/// </summary>
public sealed record Attack(IReadOnlyList<int> Services, IReadOnlyList<int> Coalition, IReadOnlyList<(int Service, int Validator)> Slashed)
{
    /// <summary>The empty attack (profit 0).</summary>
    public static Attack Empty { get; } = new([], [], []);

    /// <summary>A pooled-model attack.</summary>
    public static Attack Pooled(IEnumerable<int> services, IEnumerable<int> coalition) =>
        new(services.Order().ToArray(), coalition.Order().ToArray(), []);

    /// <summary>A unique-stake attack from its slashed allocations.</summary>
    public static Attack Unique(IEnumerable<int> services, IEnumerable<(int Service, int Validator)> slashed)
    {
        var s = slashed.OrderBy(p => p.Service).ThenBy(p => p.Validator).ToArray();
        return new(services.Order().ToArray(), s.Select(p => p.Validator).Distinct().Order().ToArray(), s);
    }

    /// <summary>True when no service is attacked.</summary>
    public bool IsEmpty => Services.Count == 0 && Coalition.Count == 0;

    /// <summary>"({s1,s2},{v1,v3})" with ids.</summary>
    public string Describe(RestakingNetwork g) =>
        g.Model == StakeModel.Pooled || Slashed.Count == 0
            ? $"({{{string.Join(",", Services.Select(s => g.Services[s].Id))}}},{{{string.Join(",", Coalition.Select(v => g.Validators[v].Id))}}})"
            : $"({{{string.Join(",", Services.Select(s => g.Services[s].Id))}}},{{{string.Join(",", Slashed.Select(p => g.Services[p.Service].Id + ":" + g.Validators[p.Validator].Id))}}})";
}

/// <summary>Exact figures of an attack, re-computed in rationals on a graph with some validators removed.</summary>
public sealed record AttackCheck(bool Attacking, Rational Profit, Rational Cost)
{
    /// <summary>π_A − cost.</summary>
    public Rational Net => Profit - Cost;

    /// <summary>Attacking and strictly profitable (D2).</summary>
    public bool Valid => Attacking && Net.Sign > 0;
}
