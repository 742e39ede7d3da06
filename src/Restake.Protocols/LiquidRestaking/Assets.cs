namespace Restake.Protocols.LiquidRestaking;

/// <summary>Asset identifiers shared by the vaults.</summary>
public static class Assets
{
    /// <summary>Native ETH (and WETH where the vault treats them alike); priced 1:1 without a feed.</summary>
    public const string Eth = "ETH";
}
