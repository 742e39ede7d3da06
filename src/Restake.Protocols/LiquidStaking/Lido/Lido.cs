using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.Lido;

/// <summary>
/// Lido stETH (V2 accounting): shares per holder, balances derived from total pooled ether
/// = buffered + CL balance + transient (deposited, not yet seen on the CL). Submit, transfers, validator deposits,
/// vault inflows and the oracle report with fee minting, the positive-rebase limiter and withdrawal finalisation.
/// </summary>
public sealed partial class Lido
{
    /// <summary>32 ETH per validator deposit.</summary>
    public static readonly UInt256 DepositSize = UInt256.Parse("32000000000000000000");

    /// <summary>Holder that owns shares of holders not modelled individually.</summary>
    public const string OtherHolders = "others";

    /// <summary>Fee recipients.</summary>
    public const string Treasury = "treasury";
    public const string NodeOperators = "nodeOperators";

    private static readonly UInt256 Limit128 = (UInt256)UInt128.MaxValue + UInt256.One;

    /// <summary>Creates an empty pool with the "stone in the elevator" shares of <paramref name="initialEther"/>.</summary>
    public Lido(LidoFees fees, SanityLimits limits, UInt256 initialEther)
    {
        Fees = fees;
        Limits = limits;
        Shares = new ShareLedger("BALANCE_EXCEEDED");
        WithdrawalQueue = new WithdrawalQueue(this);
        if (!initialEther.IsZero)
        {
            BufferedEther = initialEther;
            Shares.Mint("0xdead", initialEther);
        }
    }

    /// <summary>
    /// A pool with given totals: <paramref name="clBalance"/> on the CL, <paramref name="pendingValidators"/> deposited
    /// but not yet seen there, the rest buffered, all shares held by <see cref="OtherHolders"/>.
    /// </summary>
    public static Lido FromTotals(UInt256 totalPooledEther, UInt256 totalShares, UInt256 clBalance, LidoFees fees, SanityLimits limits, ulong pendingValidators = 0)
    {
        var transient = (UInt256)pendingValidators * DepositSize;
        if (clBalance + transient > totalPooledEther)
            throw new ArgumentException("CL balance and pending deposits exceed total pooled ether.");
        var lido = new Lido(fees, limits, UInt256.Zero)
        {
            BufferedEther = totalPooledEther - clBalance - transient,
            ClBalance = clBalance,
            DepositedValidators = pendingValidators,
        };
        lido.Shares.Mint(OtherHolders, totalShares);
        return lido;
    }

    public LidoFees Fees { get; set; }
    public SanityLimits Limits { get; set; }

    /// <summary>Shares per holder; <see cref="ShareLedger.Total"/> is <c>getTotalShares()</c>.</summary>
    public ShareLedger Shares { get; }

    /// <summary>The unstETH queue.</summary>
    public WithdrawalQueue WithdrawalQueue { get; }

    public UInt256 BufferedEther { get; private set; }
    public UInt256 ClBalance { get; private set; }
    public ulong ClValidators { get; private set; }
    public ulong DepositedValidators { get; private set; }

    /// <summary>Ether in the withdrawal vault (CL skims and exits) not yet collected by a report.</summary>
    public UInt256 WithdrawalVault { get; private set; }

    /// <summary>Ether in the EL rewards vault (priority fees, MEV) not yet collected by a report.</summary>
    public UInt256 ElRewardsVault { get; private set; }

    /// <summary>Shares of finalised requests waiting to be burnt (the Burner), when the rebase limit deferred them.</summary>
    public UInt256 SharesRequestedToBurn { get; private set; }

    /// <summary>Deposited but not yet reported validators' ether.</summary>
    public UInt256 TransientEther => (UInt256)(DepositedValidators - ClValidators) * DepositSize;

    /// <summary><c>getTotalPooledEther()</c>.</summary>
    public UInt256 TotalPooledEther => BufferedEther + ClBalance + TransientEther;

    public UInt256 TotalShares => Shares.Total;

    /// <summary><c>getSharesByPooledEth</c>: ⌊eth·totalShares/totalPooledEther⌋.</summary>
    public UInt256 GetSharesByPooledEth(UInt256 eth)
    {
        if (eth >= Limit128) throw new RevertException("ETH_TOO_LARGE");
        return UInt256.MulDiv(eth, TotalShares, TotalPooledEther, Rounding.Down);
    }

    /// <summary><c>getPooledEthByShares</c>: ⌊shares·totalPooledEther/totalShares⌋.</summary>
    public UInt256 GetPooledEthByShares(UInt256 shares)
    {
        if (shares >= Limit128) throw new RevertException("SHARES_TOO_LARGE");
        return UInt256.MulDiv(shares, TotalPooledEther, TotalShares, Rounding.Down);
    }

    /// <summary><c>getPooledEthBySharesRoundUp</c>.</summary>
    public UInt256 GetPooledEthBySharesRoundUp(UInt256 shares) =>
        UInt256.MulDiv(shares, TotalPooledEther, TotalShares, Rounding.Up);

    /// <summary><c>balanceOf</c>: the holder's shares at the current rate, floored.</summary>
    public UInt256 BalanceOf(string holder) => GetPooledEthByShares(Shares.Of(holder));

    /// <summary>The staking rate limit; null = unlimited.</summary>
    public StakeLimit? StakeLimit { get; set; }

    /// <summary>
    /// <c>submit</c>: mints shares for <paramref name="amount"/> at the pre-deposit rate, then buffers the ether.
    /// With a <see cref="StakeLimit"/> the block number is required.
    /// </summary>
    public UInt256 Submit(string sender, UInt256 amount, ulong? block = null)
    {
        if (amount.IsZero) throw new RevertException("ZERO_DEPOSIT");
        var shares = TotalShares.IsZero ? amount : GetSharesByPooledEth(amount);
        var buffered = BufferedEther + amount;
        if (StakeLimit is { } limit)
            limit.Consume(amount, block ?? throw new ArgumentException("A stake limit is set: pass the block number.", nameof(block)));
        Shares.Mint(sender, shares);
        BufferedEther = buffered;
        return shares;
    }

    /// <summary>
    /// <c>transfer</c>: moves ⌊amount·shares/ether⌋ shares, so the receiver may get 1–2 wei less than
    /// <paramref name="amount"/>. Returns the shares moved.
    /// </summary>
    public UInt256 Transfer(string from, string to, UInt256 amount)
    {
        var shares = GetSharesByPooledEth(amount);
        Shares.Move(from, to, shares);
        return shares;
    }

    /// <summary><c>transferShares</c>: exact in shares; returns the ether value moved.</summary>
    public UInt256 TransferShares(string from, string to, UInt256 shares)
    {
        var value = GetPooledEthByShares(shares);
        Shares.Move(from, to, shares);
        return value;
    }

    /// <summary>Sends buffered ether to <paramref name="validators"/> new 32-ETH validators (becomes transient).</summary>
    public void DepositBufferedEther(ulong validators)
    {
        var amount = (UInt256)validators * DepositSize;
        var reserved = WithdrawalQueue.UnfinalizedStETH;
        if (amount + reserved > BufferedEther) throw new RevertException("NOT_ENOUGH_ETHER");
        BufferedEther -= amount;
        DepositedValidators = checked(DepositedValidators + validators);
    }

    /// <summary>Ether arriving in the withdrawal vault (CL partial or full withdrawals).</summary>
    public void ReceiveWithdrawals(UInt256 amount) => WithdrawalVault += amount;

    /// <summary>Ether arriving in the EL rewards vault (priority fees, MEV).</summary>
    public void ReceiveElRewards(UInt256 amount) => ElRewardsVault += amount;

    /// <summary>Σ over holders of balanceOf — at most total pooled ether, the rest is rounding dust.</summary>
    public UInt256 SumOfBalances()
    {
        var sum = UInt256.Zero;
        foreach (var (holder, _) in Shares.Holders) sum += BalanceOf(holder);
        return sum;
    }

    internal void PayFromBuffer(UInt256 amount) => BufferedEther -= amount;
}
