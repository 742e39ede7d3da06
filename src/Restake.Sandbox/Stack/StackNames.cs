using Restake.Protocols.Stack;

namespace Restake.Sandbox.Stack;

/// <summary>The names a script's steps may use, taken from its world: engines by id and kind, holders, core accounts, tokens.</summary>
internal sealed class StackNames
{
    public StackNames(StackSpec spec)
    {
        Spec = spec;
        Engines[spec.CoreId] = StackEngineKind.EigenLayer;
        foreach (var l in spec.Lrts) Engines[l.Id] = StackEngineKind.Lrt;
        foreach (var p in spec.Pools) Engines[p.Id] = StackEngineKind.Pool;
        foreach (var m in spec.Markets) Engines[m.Id] = StackEngineKind.Market;
        foreach (var h in spec.Holders) Holders.Add(h.Name);
        foreach (var a in spec.Avss) Sets[a.Name] = a.OperatorSetIds.ToHashSet();
        foreach (var o in spec.Operators) Operators.Add(o.Name);
    }

    public StackSpec Spec { get; }
    public Dictionary<string, StackEngineKind> Engines { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Holders { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Operators { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, HashSet<uint>> Sets { get; } = new(StringComparer.Ordinal);

    public bool IsCoreAccount(string name) => Operators.Contains(name) || Sets.ContainsKey(name);

    public PoolSpec Pool(string id) => Spec.Pools.First(p => p.Id == id);

    public MarketSpec Market(string id) => Spec.Markets.First(m => m.Id == id);
}
