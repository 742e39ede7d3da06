using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.EtherFi;

/// <summary>weETH: wrapped eETH shares (balance = shares); wrap and unwrap both round down.</summary>
public sealed class WeEth(LiquidityPool pool)
{
    public const string Contract = "weETH";

    public ShareLedger Balances { get; } = new("ERC20InsufficientBalance");

    /// <summary><c>wrap</c>: mints sharesForAmount(eETH) weETH.</summary>
    public UInt256 Wrap(string holder, UInt256 eETHAmount)
    {
        var weETH = pool.SharesForAmount(eETHAmount);
        if (eETHAmount.IsZero || weETH.IsZero) throw new RevertException("InvalidAmount");
        pool.Transfer(holder, Contract, eETHAmount);
        Balances.Mint(holder, weETH);
        return weETH;
    }

    /// <summary><c>unwrap</c>: burns weETH and sends amountForShare(weETH) eETH.</summary>
    public UInt256 Unwrap(string holder, UInt256 weETHAmount)
    {
        if (weETHAmount.IsZero) throw new RevertException("InvalidAmount");
        if (weETHAmount > Balances.Of(holder)) throw new RevertException(Balances.InsufficientBalanceError);
        var eETH = pool.AmountForShare(weETHAmount);
        pool.Transfer(Contract, holder, eETH);
        Balances.Burn(holder, weETHAmount);
        return eETH;
    }

    /// <summary><c>getEETHByWeETH</c>: the eETH an unwrap returns.</summary>
    public UInt256 GetEETHByWeETH(UInt256 weETHAmount) => pool.AmountForShare(weETHAmount);

    /// <summary><c>getWeETHByeETH</c>: the weETH a wrap mints.</summary>
    public UInt256 GetWeETHByEETH(UInt256 eETHAmount) => pool.SharesForAmount(eETHAmount);

    /// <summary><c>getRate</c>.</summary>
    public UInt256 Rate => pool.Rate;
}
