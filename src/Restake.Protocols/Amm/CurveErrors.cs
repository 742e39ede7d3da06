namespace Restake.Protocols.Amm;

/// <summary>
/// Revert reasons of the Curve StableSwap pools: the contracts' own strings where they give one, and the
/// <c>dev:</c> comment of a bare <c>assert</c> (the name Curve's test suites match on) where they do not.
/// </summary>
public static class CurveErrors
{
    public const string ExchangeSlippage = "Exchange resulted in fewer coins than expected";
    public const string MintSlippage = "Slippage screwed you";
    public const string WithdrawSlippage = "Withdrawal resulted in fewer coins than expected";
    public const string OneCoinSlippage = "Not enough coins removed";
    public const string SameCoin = "dev: same coin";
    public const string CoinIndexOutOfRange = "dev: coin index out of range";
    public const string ZeroExchange = "dev: do not exchange 0 coins";
    public const string InitialDepositRequiresAllCoins = "dev: initial deposit requires all coins";
    public const string InvariantNotIncreased = "dev: D1 must exceed D0";
    public const string ZeroTokensBurned = "dev: zero tokens burned";
    public const string ZeroTotalSupply = "dev: zero total supply";
    public const string InsufficientLpBalance = "dev: insufficient funds";
    public const string InvalidBurnAmount = "dev: invalid burn amount";
    public const string WrongAmountCount = "dev: invalid array length";
    public const string DidNotConverge = "dev: did not converge";
    public const string RampTooSoon = "dev: ramp too soon";
    public const string InsufficientRampTime = "dev: insufficient time";
    public const string FutureAOutOfRange = "dev: future A out of range";
    public const string AChangeTooLarge = "dev: A change too large";
    public const string FeeAboveMaximum = "dev: fee exceeds maximum";
    public const string OffpegMultiplierAboveMaximum = "dev: offpeg multiplier exceeds maximum";
    public const string OracleValueTooLarge = "dev: packed value exceeds 2**128";
    public const string ExpOverflow = "wad_exp overflow";
}
