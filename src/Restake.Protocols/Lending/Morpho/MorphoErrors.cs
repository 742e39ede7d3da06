namespace Restake.Protocols.Lending.Morpho;

/// <summary>Morpho Blue ErrorsLib strings.</summary>
public static class MorphoErrors
{
    public const string InconsistentInput = "inconsistent input";
    public const string ZeroAssets = "zero assets";
    public const string InsufficientCollateral = "insufficient collateral";
    public const string InsufficientLiquidity = "insufficient liquidity";
    public const string HealthyPosition = "position is healthy";
    public const string MaxFeeExceeded = "max fee exceeded";
}
