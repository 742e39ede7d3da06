namespace Restake.Scenarios.Model;

/// <summary>How a liquid staking token passes on rewards.</summary>
public enum LstStyle
{
    /// <summary>Balances grow (stETH, eETH).</summary>
    Rebasing,

    /// <summary>The exchange rate grows (rETH, wstETH, jitoSOL).</summary>
    Rate,
}

/// <summary>A liquid staking token: style, protocol fee on rewards, and the delay of redemptions.</summary>
public sealed record Lst(string Id, LstStyle Style, double ProtocolFee, double WithdrawalDelayDays);
