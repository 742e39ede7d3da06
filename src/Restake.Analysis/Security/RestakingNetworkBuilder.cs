using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>
/// Builds a <see cref="RestakingNetwork"/> from code (a simulated world) and validates it: unknown validators, duplicate
/// ids or edges, thresholds outside (0, 1], negative stakes, profits or allocations, over-allocation. Problems are
/// reported as <see cref="InputException"/> naming <see cref="Source"/> and the offending field.
/// </summary>
public sealed class RestakingNetworkBuilder(StakeModel model, string source = "network")
{
    private readonly List<SecurityValidator> _validators = [];
    private readonly Dictionary<string, int> _validatorIndex = new(StringComparer.Ordinal);
    private readonly List<(string Id, Rational Profit, Rational Threshold, List<SecurityEdge> Edges, HashSet<int> Seen)> _services = [];
    private readonly Dictionary<string, int> _serviceIndex = new(StringComparer.Ordinal);

    /// <summary>Name used in error messages and as the network's name.</summary>
    public string Source { get; } = source;

    /// <summary>The stake model of the network being built.</summary>
    public StakeModel Model { get; } = model;

    /// <summary>Adds validator <paramref name="id"/> with stake σ_v ≥ 0.</summary>
    public RestakingNetworkBuilder AddValidator(string id, Rational stake, string? where = null)
    {
        where ??= $"validator '{id}'";
        if (string.IsNullOrEmpty(id)) throw InputException.At(Source, where, "id", "must be a non-empty string");
        if (_validatorIndex.ContainsKey(id)) throw InputException.At(Source, where, "id", $"duplicate validator id '{id}'");
        if (stake.Sign < 0) throw InputException.At(Source, where, "stake", $"must be ≥ 0, got {stake}");
        _validatorIndex[id] = _validators.Count;
        _validators.Add(new SecurityValidator(id, stake));
        return this;
    }

    /// <summary>Adds service <paramref name="id"/> with profit from corruption π_s ≥ 0 and threshold α_s ∈ (0, 1].</summary>
    public RestakingNetworkBuilder AddService(string id, Rational profit, Rational threshold, string? where = null)
    {
        where ??= $"service '{id}'";
        if (string.IsNullOrEmpty(id)) throw InputException.At(Source, where, "id", "must be a non-empty string");
        if (_serviceIndex.ContainsKey(id)) throw InputException.At(Source, where, "id", $"duplicate service id '{id}'");
        if (profit.Sign < 0) throw InputException.At(Source, where, "profit", $"must be ≥ 0, got {profit}");
        if (threshold.Sign <= 0 || threshold > Rational.One)
            throw InputException.At(Source, where, "threshold", $"must be in (0, 1], got {threshold}");
        _serviceIndex[id] = _services.Count;
        _services.Add((id, profit, threshold, [], []));
        return this;
    }

    /// <summary>
    /// Lets validator <paramref name="validatorId"/> secure service <paramref name="serviceId"/>. In the unique-stake model
    /// <paramref name="allocation"/> is the amount slashable by this service; in the pooled model it must be null.
    /// </summary>
    public RestakingNetworkBuilder Connect(string serviceId, string validatorId, Rational? allocation = null, string? where = null)
    {
        where ??= $"service '{serviceId}'";
        if (!_serviceIndex.TryGetValue(serviceId, out var s)) throw InputException.At(Source, where, "id", $"unknown service '{serviceId}'");
        var field = Model == StakeModel.Pooled ? "validators" : "allocations";
        if (!_validatorIndex.TryGetValue(validatorId, out var v))
            throw InputException.At(Source, where, field, $"unknown validator '{validatorId}'");
        var svc = _services[s];
        if (!svc.Seen.Add(v)) throw InputException.At(Source, where, field, $"duplicate validator '{validatorId}'");
        Rational weight;
        if (Model == StakeModel.Pooled)
        {
            if (allocation is not null) throw InputException.At(Source, where, field, "allocations belong to the unique-stake model");
            weight = _validators[v].Stake;
        }
        else
        {
            if (allocation is null) throw InputException.At(Source, where, field, $"allocation of '{validatorId}' needs an amount");
            if (allocation.Value.Sign < 0)
                throw InputException.At(Source, where, "amount", $"allocation of '{validatorId}' must be ≥ 0, got {allocation}");
            weight = allocation.Value;
        }

        svc.Edges.Add(new SecurityEdge(v, weight));
        return this;
    }

    /// <summary>Validates cross-field rules (allocations within stake) and returns the immutable network.</summary>
    public RestakingNetwork Build(string? name = null)
    {
        if (Model == StakeModel.UniqueStake)
        {
            var allocated = new Rational[_validators.Count];
            foreach (var svc in _services)
                foreach (var e in svc.Edges)
                    allocated[e.Validator] += e.Weight;
            for (var v = 0; v < _validators.Count; v++)
                if (allocated[v] > _validators[v].Stake)
                    throw InputException.At(Source, $"validator '{_validators[v].Id}'", "allocations",
                        $"allocations sum to {allocated[v]}, more than its stake {_validators[v].Stake}");
        }

        var services = _services.Select(s => new SecurityService(s.Id, s.Profit, s.Threshold, s.Edges.ToArray())).ToArray();
        return new RestakingNetwork(Model, _validators.ToArray(), services, name ?? Source);
    }
}
