namespace Restake.Protocols.Lending.Aave;

/// <summary>Aave v3 error names (the Errors library's constants, in the custom-error spelling of later versions).</summary>
public static class AaveErrors
{
    public const string InvalidAmount = "InvalidAmount";
    public const string InvalidMintAmount = "InvalidMintAmount";
    public const string InvalidBurnAmount = "InvalidBurnAmount";
    public const string NotEnoughAvailableUserBalance = "NotEnoughAvailableUserBalance";
    public const string CollateralBalanceIsZero = "CollateralBalanceIsZero";
    public const string LtvValidationFailed = "LtvValidationFailed";
    public const string HealthFactorLowerThanLiquidationThreshold = "HealthFactorLowerThanLiquidationThreshold";
    public const string CollateralCannotCoverNewBorrow = "CollateralCannotCoverNewBorrow";
    public const string NoDebtOfSelectedType = "NoDebtOfSelectedType";
    public const string HealthFactorNotBelowThreshold = "HealthFactorNotBelowThreshold";
    public const string CollateralCannotBeLiquidated = "CollateralCannotBeLiquidated";
    public const string SpecifiedCurrencyNotBorrowedByUser = "SpecifiedCurrencyNotBorrowedByUser";
    public const string MustNotLeaveDust = "MustNotLeaveDust";
    public const string NotBorrowableInEMode = "NotBorrowableInEMode";
    public const string InconsistentEModeCategory = "InconsistentEModeCategory";
    public const string ReserveNotFound = "AssetNotListed";
    public const string BorrowingNotEnabled = "BorrowingNotEnabled";
}
