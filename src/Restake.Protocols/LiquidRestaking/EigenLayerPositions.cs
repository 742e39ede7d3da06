using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Protocols.LiquidRestaking;

/// <summary>
/// Reads an LRT's restaked positions live from the EigenLayer engine: for each of the LRT's stakers (operator
/// delegators / node delegators / pod owners) the withdrawable shares per strategy, plus what their queued
/// withdrawals would pay now, converted to underlying tokens (beacon-chain ETH shares are wei).
/// </summary>
public sealed class EigenLayerPositions(EigenLayerCore core, IReadOnlyList<Address> stakers, IReadOnlyDictionary<Address, string> assetByStrategy)
    : IUnderlyingHoldings, IAssetValuation
{
    /// <inheritdoc />
    public IReadOnlyList<AssetHolding> Holdings()
    {
        var byAsset = new SortedDictionary<string, UInt256>(StringComparer.Ordinal);
        foreach (var staker in stakers)
        {
            foreach (var (strategy, asset) in assetByStrategy)
            {
                var (withdrawable, _) = core.DelegationManager.GetWithdrawableShares(staker, strategy);
                Add(byAsset, asset, Underlying(strategy, withdrawable));
            }

            foreach (var (withdrawal, shares) in core.DelegationManager.GetQueuedWithdrawals(staker))
            {
                for (var j = 0; j < withdrawal.Strategies.Count; j++)
                    if (assetByStrategy.TryGetValue(withdrawal.Strategies[j], out var asset))
                        Add(byAsset, asset, Underlying(withdrawal.Strategies[j], shares[j]));
            }
        }

        return byAsset.Select(kv => new AssetHolding(kv.Key, kv.Value)).ToList();
    }

    /// <summary>All positions summed 1:1 in ETH (for vaults that treat every asset as ETH).</summary>
    public UInt256 TotalValueWei()
    {
        var total = UInt256.Zero;
        foreach (var h in Holdings()) total += h.Amount;
        return total;
    }

    private UInt256 Underlying(Address strategy, UInt256 shares) =>
        strategy == EigenLayerCore.BeaconChainEthStrategy ? shares : core.GetStrategy(strategy).SharesToUnderlyingView(shares);

    private static void Add(SortedDictionary<string, UInt256> map, string asset, UInt256 amount) =>
        map[asset] = map.GetValueOrDefault(asset) + amount;
}
