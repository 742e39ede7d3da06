using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.Lido;

/// <summary>wstETH: a non-rebasing wrapper whose balance equals stETH shares held by the wrapper.</summary>
public sealed class WstEth
{
    /// <summary>Holder id of the wrapper contract in the stETH share ledger.</summary>
    public const string Contract = "wstETH";

    private readonly Lido _lido;

    public WstEth(Lido lido) => _lido = lido;

    /// <summary>wstETH balances.</summary>
    public ShareLedger Balances { get; } = new("ERC20: burn amount exceeds balance");

    /// <summary><c>wrap</c>: mints ⌊stETH·shares/ether⌋ wstETH; stETH moves in with transfer rounding.</summary>
    public UInt256 Wrap(string holder, UInt256 stETHAmount)
    {
        if (stETHAmount.IsZero) throw new RevertException("wstETH: can't wrap zero stETH");
        var wst = _lido.GetSharesByPooledEth(stETHAmount);
        _lido.Transfer(holder, Contract, stETHAmount);
        Balances.Mint(holder, wst);
        return wst;
    }

    /// <summary><c>unwrap</c>: burns wstETH and returns ⌊wst·ether/shares⌋ stETH (moved with transfer rounding).</summary>
    public UInt256 Unwrap(string holder, UInt256 wstETHAmount)
    {
        if (wstETHAmount.IsZero) throw new RevertException("wstETH: zero amount unwrap not allowed");
        if (wstETHAmount > Balances.Of(holder)) throw new RevertException(Balances.InsufficientBalanceError);
        var stETH = _lido.GetPooledEthByShares(wstETHAmount);
        _lido.Transfer(Contract, holder, stETH);
        Balances.Burn(holder, wstETHAmount);
        return stETH;
    }

    /// <summary><c>getStETHByWstETH</c>: the stETH an unwrap of <paramref name="wstETHAmount"/> returns.</summary>
    public UInt256 GetStETHByWstETH(UInt256 wstETHAmount) => _lido.GetPooledEthByShares(wstETHAmount);

    /// <summary><c>getWstETHByStETH</c>: the wstETH a wrap of <paramref name="stETHAmount"/> mints.</summary>
    public UInt256 GetWstETHByStETH(UInt256 stETHAmount) => _lido.GetSharesByPooledEth(stETHAmount);

    /// <summary><c>stEthPerToken</c> = getPooledEthByShares(1e18).</summary>
    public UInt256 StEthPerToken => _lido.GetPooledEthByShares(Wad.One);

    /// <summary><c>tokensPerStEth</c> = getSharesByPooledEth(1e18).</summary>
    public UInt256 TokensPerStEth => _lido.GetSharesByPooledEth(Wad.One);
}
