using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.SplStakePool;

/// <summary>What <see cref="StakePool.UpdateStakePoolBalance"/> did.</summary>
public sealed record EpochUpdate(ulong RewardLamports, ulong FeeLamports, ulong FeePoolTokens, ulong TotalLamports);

/// <summary>
/// The SPL stake-pool program's accounting (JitoSOL and others): pool tokens over total lamports, the epoch fee
/// minted as pool tokens to the manager at <c>UpdateStakePoolBalance</c>, SOL deposits and withdrawals with fees.
/// Amounts are lamports (u64) with u128 intermediates.
/// </summary>
public sealed class StakePool(Fee epochFee, Fee solDepositFee, Fee solWithdrawalFee)
{
    public const string Manager = "manager";

    public Fee EpochFee { get; set; } = epochFee;
    public Fee SolDepositFee { get; set; } = solDepositFee;
    public Fee SolWithdrawalFee { get; set; } = solWithdrawalFee;

    public ulong TotalLamports { get; private set; }

    /// <summary>Liquid lamports in the reserve stake account (what SOL withdrawals can pay).</summary>
    public ulong ReserveLamports { get; private set; }

    /// <summary>Pool token balances; total = <c>pool_token_supply</c>.</summary>
    public ShareLedger Tokens { get; } = new("InsufficientFunds");

    public ulong PoolTokenSupply => (ulong)Tokens.Total;

    /// <summary>Lamports per pool token (total_lamports / pool_token_supply), exact; 1 for an empty pool.</summary>
    public Rational ExchangeRate => PoolTokenSupply == 0 ? Rational.One : new Rational(TotalLamports, PoolTokenSupply);

    /// <summary>A pool with given totals, all tokens with <paramref name="holder"/>, all lamports staked.</summary>
    public static StakePool FromTotals(ulong totalLamports, ulong poolTokenSupply, Fee epochFee, string holder = "others")
    {
        var pool = new StakePool(epochFee, Fee.Zero, Fee.Zero) { TotalLamports = totalLamports };
        pool.Tokens.Mint(holder, poolTokenSupply);
        return pool;
    }

    /// <summary><c>calc_pool_tokens_for_deposit</c>: ⌊lamports·supply/total⌋, 1:1 on an empty pool.</summary>
    public ulong PoolTokensForDeposit(ulong lamports) =>
        TotalLamports == 0 || PoolTokenSupply == 0 ? lamports : checked((ulong)((UInt128)lamports * PoolTokenSupply / TotalLamports));

    /// <summary><c>calc_lamports_withdraw_amount</c>: ⌊tokens·total/supply⌋ (0 when below one lamport).</summary>
    public ulong LamportsForWithdraw(ulong poolTokens)
    {
        var numerator = (UInt128)poolTokens * TotalLamports;
        if (PoolTokenSupply == 0 || numerator < PoolTokenSupply) return 0;
        return checked((ulong)(numerator / PoolTokenSupply));
    }

    /// <summary>
    /// <c>calc_epoch_fee_amount</c>: pool tokens worth the manager's fee share of the rewards after they land:
    /// fee_lamports·supply/(total + reward − fee_lamports).
    /// </summary>
    public (ulong FeeLamports, ulong FeeTokens) EpochFeeAmount(ulong rewardLamports)
    {
        if (rewardLamports == 0) return (0, 0);
        var total = (UInt128)TotalLamports + rewardLamports;
        var feeLamports = EpochFee.Apply(rewardLamports);
        if (total == feeLamports || PoolTokenSupply == 0) return (feeLamports, rewardLamports);
        return (feeLamports, checked((ulong)((UInt128)PoolTokenSupply * feeLamports / (total - feeLamports))));
    }

    /// <summary>
    /// <c>UpdateStakePoolBalance</c> with the pool's lamports now at <paramref name="newTotalLamports"/> (rewards net
    /// of validator commission, MEV tips claimed): the fee is charged on an increase only.
    /// </summary>
    public EpochUpdate UpdateStakePoolBalance(ulong newTotalLamports)
    {
        var reward = newTotalLamports > TotalLamports ? newTotalLamports - TotalLamports : 0;
        var (feeLamports, feeTokens) = EpochFeeAmount(reward);
        Tokens.Mint(Manager, feeTokens);
        TotalLamports = newTotalLamports;
        return new EpochUpdate(reward, feeLamports, feeTokens, newTotalLamports);
    }

    /// <summary><c>DepositSol</c>: mints pool tokens, the deposit fee (in tokens) goes to the manager.</summary>
    public ulong DepositSol(string user, ulong lamports)
    {
        var newTokens = PoolTokensForDeposit(lamports);
        var fee = SolDepositFee.Apply(newTokens);
        var userTokens = newTokens - fee;
        if (userTokens == 0) throw new RevertException("DepositTooSmall");
        var total = checked(TotalLamports + lamports);
        var reserve = checked(ReserveLamports + lamports);
        Tokens.Mint(user, userTokens);
        Tokens.Mint(Manager, fee);
        TotalLamports = total;
        ReserveLamports = reserve;
        return userTokens;
    }

    /// <summary><c>WithdrawSol</c>: the withdrawal fee (in tokens) goes to the manager, the rest is burnt for lamports.</summary>
    public ulong WithdrawSol(string user, ulong poolTokens)
    {
        if (poolTokens > Tokens.Of(user)) throw new RevertException(Tokens.InsufficientBalanceError);
        var fee = user == Manager ? 0 : SolWithdrawalFee.Apply(poolTokens);
        var burnt = poolTokens - fee;
        var lamports = LamportsForWithdraw(burnt);
        if (lamports == 0) throw new RevertException("WithdrawalTooSmall");
        if (lamports > ReserveLamports) throw new RevertException("SolWithdrawalTooLarge");
        Tokens.Move(user, Manager, fee);
        Tokens.Burn(user, burnt);
        TotalLamports -= lamports;
        ReserveLamports -= lamports;
        return lamports;
    }

    /// <summary>Moves reserve lamports into validator stake accounts (stays in the total).</summary>
    public void DelegateFromReserve(ulong lamports)
    {
        if (lamports > ReserveLamports) throw new RevertException("InsufficientFunds");
        ReserveLamports -= lamports;
    }
}
