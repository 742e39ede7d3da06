using Restake.Numerics;

namespace Restake.Protocols.LiquidRestaking;

/// <summary>
/// An in-memory holdings source: amounts per asset set by the caller (a simulation, a test, or an adapter that
/// mirrors another engine). As an <see cref="IAssetValuation"/> it counts every asset 1:1 in ETH.
/// </summary>
public sealed class HoldingsBook : IUnderlyingHoldings, IAssetValuation
{
    private readonly SortedDictionary<string, UInt256> _amounts = new(StringComparer.Ordinal);

    public UInt256 this[string asset]
    {
        get => _amounts.GetValueOrDefault(asset);
        set => _amounts[asset] = value;
    }

    public void Add(string asset, UInt256 amount) => _amounts[asset] = this[asset] + amount;

    public void Remove(string asset, UInt256 amount)
    {
        var have = this[asset];
        if (amount > have) throw Panic.OverflowError();
        _amounts[asset] = have - amount;
    }

    public IReadOnlyList<AssetHolding> Holdings() => _amounts.Select(kv => new AssetHolding(kv.Key, kv.Value)).ToList();

    public UInt256 TotalValueWei()
    {
        var sum = UInt256.Zero;
        foreach (var v in _amounts.Values) sum += v;
        return sum;
    }
}
