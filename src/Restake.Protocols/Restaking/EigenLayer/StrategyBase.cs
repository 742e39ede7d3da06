using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// A StrategyBase vault for one ERC-20 token. Shares convert at (balance + 1e3)/(totalShares + 1e3), reading the
/// live token balance, so donations move the rate. Only the StrategyManager deposits and withdraws.
/// Pause bits: 0 deposits, 1 withdrawals.
/// </summary>
public sealed class StrategyBase : CoreContract
{
    /// <summary>Pause bit of <c>deposit</c>.</summary>
    public const int PausedDeposits = 0;

    /// <summary>Pause bit of <c>withdraw</c>.</summary>
    public const int PausedWithdrawals = 1;

    private readonly JournaledCell<UInt256> _totalShares;

    internal StrategyBase(EigenLayerCore core, Address self, Address underlyingToken) : base(core, self)
    {
        UnderlyingToken = underlyingToken;
        _totalShares = new JournaledCell<UInt256>(core.Journal);
    }

    /// <summary><c>underlyingToken()</c>.</summary>
    public Address UnderlyingToken { get; }

    /// <summary><c>totalShares()</c>.</summary>
    public UInt256 TotalShares => _totalShares.Value;

    /// <summary>The strategy's live token balance.</summary>
    public UInt256 UnderlyingBalance => Core.Tokens.BalanceOf(UnderlyingToken, Self);

    /// <summary><c>sharesToUnderlyingView</c>: ⌊(B + 1e3)·x/(S + 1e3)⌋.</summary>
    public UInt256 SharesToUnderlyingView(UInt256 shares) =>
        UInt256.MulDiv(UnderlyingBalance + Core.Config.BalanceOffset, shares, TotalShares + Core.Config.SharesOffset, Rounding.Down);

    /// <summary><c>underlyingToSharesView</c>: ⌊x·(S + 1e3)/(B + 1e3)⌋.</summary>
    public UInt256 UnderlyingToSharesView(UInt256 amount) =>
        UInt256.MulDiv(amount, TotalShares + Core.Config.SharesOffset, UnderlyingBalance + Core.Config.BalanceOffset, Rounding.Down);

    /// <summary>
    /// <c>deposit(token, amount)</c>, called after the tokens arrived: new shares =
    /// ⌊amount·(S + 1e3)/(B + 1e3 − amount)⌋.
    /// </summary>
    public UInt256 Deposit(Address caller, Address token, UInt256 amount)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedDeposits);
        if (caller != Core.StrategyManager.Self) throw new RevertException(Errors.OnlyStrategyManager);
        if (token != UnderlyingToken) throw new RevertException(Errors.OnlyUnderlyingToken);
        var prior = _totalShares.Value;
        var virtualShares = prior + Core.Config.SharesOffset;
        var virtualBalance = UnderlyingBalance + Core.Config.BalanceOffset;
        var virtualPriorBalance = virtualBalance - amount;
        var newShares = UInt256.MulDiv(amount, virtualShares, virtualPriorBalance, Rounding.Down);
        if (newShares.IsZero) throw new RevertException(Errors.NewSharesZero);
        var total = prior + newShares;
        if (total > Core.Config.MaxTotalShares) throw new RevertException(Errors.TotalSharesExceedsMax);
        _totalShares.Set(total);
        tx.Commit();
        return newShares;
    }

    /// <summary>
    /// <c>withdraw(recipient, token, shares)</c>: pays ⌊(B + 1e3)·shares/(S + 1e3)⌋ tokens at the current rate.
    /// </summary>
    public UInt256 Withdraw(Address caller, Address recipient, Address token, UInt256 amountShares)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedWithdrawals);
        if (caller != Core.StrategyManager.Self) throw new RevertException(Errors.OnlyStrategyManager);
        if (token != UnderlyingToken) throw new RevertException(Errors.OnlyUnderlyingToken);
        var prior = _totalShares.Value;
        if (amountShares > prior) throw new RevertException(Errors.WithdrawalAmountExceedsTotalDeposits);
        var amountOut = UInt256.MulDiv(UnderlyingBalance + Core.Config.BalanceOffset, amountShares, prior + Core.Config.SharesOffset, Rounding.Down);
        _totalShares.Set(prior - amountShares);
        Core.Tokens.Transfer(UnderlyingToken, Self, recipient, amountOut);
        tx.Commit();
        return amountOut;
    }
}
