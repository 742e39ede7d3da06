namespace Restake.Protocols.LiquidRestaking;

/// <summary>
/// Positions an LRT vault holds outside its own contracts — restaked in EigenLayer strategies and pods, delegated
/// through its node delegators — read at each TVL computation. The vault prices them itself.
/// </summary>
public interface IUnderlyingHoldings
{
    /// <summary>Current holdings, one entry per asset (native ETH is <see cref="Assets.Eth"/>).</summary>
    IReadOnlyList<AssetHolding> Holdings();
}
