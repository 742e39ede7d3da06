using Restake.Numerics;

namespace Restake.Protocols.LiquidRestaking;

/// <summary>An amount of one asset (token units, wei for ETH).</summary>
public readonly record struct AssetHolding(string Asset, UInt256 Amount);
