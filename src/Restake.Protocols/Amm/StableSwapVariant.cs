namespace Restake.Protocols.Amm;

/// <summary>Which generation of Curve's StableSwap code a formula follows; they truncate differently in get_D.</summary>
public enum StableSwapVariant
{
    /// <summary>Vyper 0.2.x pools (e.g. StableSwapSTETH.vy, 2020): <c>D_P = D_P*D/(x*N + 1)</c>.</summary>
    Legacy,

    /// <summary>StableSwap-NG: <c>D_P = D_P*D/x</c> for each coin, then <c>D_P /= N^N</c>.</summary>
    NextGen,
}
