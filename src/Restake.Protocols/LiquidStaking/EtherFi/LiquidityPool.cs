using System.Numerics;
using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.EtherFi;

/// <summary>
/// ether.fi LiquidityPool + eETH: share-based rebasing token over totalPooledEther = value in the pool + value
/// out of it (validators, EigenPods). Deposits round shares down, withdrawals round the shares burnt up,
/// positive rebases are capped at 25 bp of TVL per call.
/// </summary>
public sealed class LiquidityPool
{
    /// <summary><c>MAX_POSITIVE_REBASE_BPS</c>.</summary>
    public static readonly UInt256 MaxPositiveRebaseBps = 25;

    private static readonly UInt256 BasisPoints = 10_000;

    public const string Treasury = "treasury";

    /// <summary>eETH shares per holder.</summary>
    public ShareLedger Shares { get; } = new("InsufficientShares");

    public UInt256 TotalValueInLp { get; private set; }
    public UInt256 TotalValueOutOfLp { get; private set; }

    /// <summary><c>getTotalPooledEther</c>.</summary>
    public UInt256 TotalPooledEther => TotalValueInLp + TotalValueOutOfLp;

    public UInt256 TotalShares => Shares.Total;

    /// <summary>A pool with given totals, all shares held by <paramref name="holder"/>, all value outside the pool.</summary>
    public static LiquidityPool FromTotals(UInt256 totalPooledEther, UInt256 totalShares, string holder = "others")
    {
        var pool = new LiquidityPool { TotalValueOutOfLp = totalPooledEther };
        pool.Shares.Mint(holder, totalShares);
        return pool;
    }

    /// <summary><c>sharesForAmount</c>: mulDiv(amount, totalShares, totalPooledEther, Down); 0 on an empty pool.</summary>
    public UInt256 SharesForAmount(UInt256 amount) =>
        TotalPooledEther.IsZero ? UInt256.Zero : UInt256.MulDiv(amount, TotalShares, TotalPooledEther, Rounding.Down);

    /// <summary><c>amountForShare</c>: mulDiv(shares, totalPooledEther, totalShares, Down); 0 with no shares.</summary>
    public UInt256 AmountForShare(UInt256 shares) =>
        TotalShares.IsZero ? UInt256.Zero : UInt256.MulDiv(shares, TotalPooledEther, TotalShares, Rounding.Down);

    /// <summary><c>sharesForWithdrawalAmount</c>: rounds up, so a withdrawal never burns too few shares.</summary>
    public UInt256 SharesForWithdrawalAmount(UInt256 amount) =>
        TotalPooledEther.IsZero ? UInt256.Zero : UInt256.MulDiv(amount, TotalShares, TotalPooledEther, Rounding.Up);

    /// <summary>eETH balance of a holder.</summary>
    public UInt256 BalanceOf(string holder) => AmountForShare(Shares.Of(holder));

    /// <summary>weETH's <c>getRate</c> = amountForShare(1e18).</summary>
    public UInt256 Rate => AmountForShare(Wad.One);

    /// <summary>Shares a deposit of <paramref name="amount"/> mints, against the pool before it (1:1 if empty).</summary>
    public UInt256 SharesForDepositAmount(UInt256 amount) =>
        TotalPooledEther.IsZero ? amount : UInt256.MulDiv(amount, TotalShares, TotalPooledEther, Rounding.Down);

    /// <summary><c>deposit</c>: mints eETH shares; the ether joins the pool.</summary>
    public UInt256 Deposit(string user, UInt256 amount)
    {
        var shares = SharesForDepositAmount(amount);
        if (amount.IsZero || shares.IsZero) throw new RevertException("InvalidAmount");
        var inLp = TotalValueInLp + amount;
        Shares.Mint(user, shares);
        TotalValueInLp = inLp;
        return shares;
    }

    /// <summary>
    /// <c>withdraw</c> (the redemption path): burns ⌈amount·shares/ether⌉ shares and pays <paramref name="amount"/>
    /// from the pool's own ether. Returns the shares burnt.
    /// </summary>
    public UInt256 Withdraw(string owner, UInt256 amount)
    {
        var shares = SharesForWithdrawalAmount(amount);
        if (amount > TotalValueInLp) throw new RevertException("InsufficientLiquidity");
        if (amount.IsZero || shares > Shares.Of(owner)) throw new RevertException("InvalidAmount");
        Shares.Burn(owner, shares);
        TotalValueInLp -= amount;
        return shares;
    }

    /// <summary>Moves pool ether to validators (stays in total pooled ether).</summary>
    public void SendToValidators(UInt256 amount)
    {
        if (amount > TotalValueInLp) throw new RevertException("InsufficientLiquidity");
        TotalValueInLp -= amount;
        TotalValueOutOfLp += amount;
    }

    /// <summary>
    /// <c>rebase</c>: adds the (signed) accrued rewards to the value outside the pool; a positive rebase above
    /// 25 bp of TVL reverts <c>RebaseExceedsPositiveCap</c>.
    /// </summary>
    public void Rebase(BigInteger accruedRewards)
    {
        if (accruedRewards.Sign > 0)
        {
            var maxIncrease = TotalPooledEther * MaxPositiveRebaseBps / BasisPoints;
            if ((UInt256)accruedRewards > maxIncrease) throw new RevertException("RebaseExceedsPositiveCap");
        }

        var outOfLp = (BigInteger)TotalValueOutOfLp + accruedRewards;
        if (outOfLp.Sign < 0) throw Panic.OverflowError();
        TotalValueOutOfLp = (UInt256)outOfLp;
    }

    /// <summary><c>payProtocolFees</c>: the fee ether joins the pool and is minted as eETH to the treasury.</summary>
    public UInt256 PayProtocolFees(UInt256 protocolFees)
    {
        if (protocolFees.IsZero) return UInt256.Zero;
        var outOfLp = TotalValueOutOfLp + protocolFees;
        var shares = TotalPooledEther.IsZero ? protocolFees : UInt256.MulDiv(protocolFees, TotalShares, TotalPooledEther, Rounding.Down);
        Shares.Mint(Treasury, shares);
        TotalValueOutOfLp = outOfLp;
        return shares;
    }

    /// <summary>Moves eETH by ⌊amount·shares/ether⌋ shares (as eETH.transfer does).</summary>
    public UInt256 Transfer(string from, string to, UInt256 amount)
    {
        var shares = SharesForAmount(amount);
        Shares.Move(from, to, shares);
        return shares;
    }
}
