using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>A validator (operator) with its total stake σ_v.</summary>
public sealed record SecurityValidator(string Id, Rational Stake);

/// <summary>
/// One edge of the restaking graph: validator <see cref="Validator"/> secures the service with weight
/// <see cref="Weight"/> — its whole stake in the pooled model, its allocation in the unique-stake model.
/// </summary>
public readonly record struct SecurityEdge(int Validator, Rational Weight);

/// <summary>A service (AVS) with its profit from corruption π_s, corruption threshold α_s and securing edges.</summary>
public sealed record SecurityService(string Id, Rational Profit, Rational Threshold, IReadOnlyList<SecurityEdge> Edges)
{
    /// <summary>Total weight securing the service (σ_{N(s)} pooled, Σ_v a_vs unique-stake).</summary>
    public Rational SecuringStake { get; } = Edges.Aggregate(Rational.Zero, (a, e) => a + e.Weight);
}

/// <summary>
/// The restaking graph G = (S, V, E, π, σ, α) under one <see cref="StakeModel"/>. Immutable; build it with
/// <see cref="RestakingNetworkBuilder"/> (from a world) or <see cref="NetworkLoader"/> (from a file).
/// </summary>
public sealed class RestakingNetwork
{
    private readonly Dictionary<string, int> _validatorIndex;
    private readonly int[][] _servicesOf;

    internal RestakingNetwork(StakeModel model, IReadOnlyList<SecurityValidator> validators, IReadOnlyList<SecurityService> services, string name)
    {
        Model = model;
        Validators = validators;
        Services = services;
        Name = name;
        _validatorIndex = validators.Select((v, i) => (v.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        TotalStake = validators.Aggregate(Rational.Zero, (a, v) => a + v.Stake);
        var lists = validators.Select(_ => new List<int>()).ToArray();
        for (var s = 0; s < services.Count; s++)
            foreach (var e in services[s].Edges)
                lists[e.Validator].Add(s);
        _servicesOf = lists.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>Display name (file name or the name field).</summary>
    public string Name { get; }

    /// <summary>Stake model every figure about this network is computed under.</summary>
    public StakeModel Model { get; }

    /// <summary>Validators V, indexed 0..|V|−1.</summary>
    public IReadOnlyList<SecurityValidator> Validators { get; }

    /// <summary>Services S, indexed 0..|S|−1.</summary>
    public IReadOnlyList<SecurityService> Services { get; }

    /// <summary>σ_V.</summary>
    public Rational TotalStake { get; }

    /// <summary>Number of edges.</summary>
    public int EdgeCount => Services.Sum(s => s.Edges.Count);

    /// <summary>Services of validator v, N(v).</summary>
    public IReadOnlyList<int> ServicesOf(int validator) => _servicesOf[validator];

    /// <summary>Index of a validator id, or −1.</summary>
    public int IndexOfValidator(string id) => _validatorIndex.GetValueOrDefault(id, -1);

    /// <summary>Index of a service id, or −1.</summary>
    public int IndexOfService(string id)
    {
        for (var i = 0; i < Services.Count; i++)
            if (Services[i].Id == id) return i;
        return -1;
    }

    /// <summary>The same graph with every stake, allocation and profit multiplied by <paramref name="factor"/> (&gt; 0).</summary>
    public RestakingNetwork Scaled(Rational factor)
    {
        var b = new RestakingNetworkBuilder(Model, Name);
        foreach (var v in Validators) b.AddValidator(v.Id, v.Stake * factor);
        foreach (var s in Services)
        {
            b.AddService(s.Id, s.Profit * factor, s.Threshold);
            foreach (var e in s.Edges)
                b.Connect(s.Id, Validators[e.Validator].Id, Model == StakeModel.UniqueStake ? e.Weight * factor : null);
        }

        return b.Build(Name);
    }
}
