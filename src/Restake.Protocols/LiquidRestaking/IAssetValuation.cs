using Restake.Numerics;

namespace Restake.Protocols.LiquidRestaking;

/// <summary>The ETH value (wei) of positions a vault holds outside its own contracts, read at each use.</summary>
public interface IAssetValuation
{
    /// <summary>Total value in wei.</summary>
    UInt256 TotalValueWei();
}
