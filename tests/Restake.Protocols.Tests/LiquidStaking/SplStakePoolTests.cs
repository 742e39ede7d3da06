using Restake.Protocols.LiquidStaking.SplStakePool;

namespace Restake.Protocols.Tests.LiquidStaking;

public class SplStakePoolTests
{
    private const ulong Sol = 1_000_000_000;

    [Fact]
    public void TV15_epoch_fee_on_rewards_net_of_validator_commission()
    {
        var pool = StakePool.FromTotals(300_000 * Sol, 260_000 * Sol, new Fee(2, 100));
        var update = pool.UpdateStakePoolBalance(300_000 * Sol + 92 * Sol);
        Assert.Equal(1_840_000_000UL, update.FeeLamports);
        Assert.Equal(1_594_187_560UL, update.FeePoolTokens);
        Assert.Equal(300_092 * Sol, pool.TotalLamports);
        Assert.Equal(new Restake.Numerics.Rational(300_092 * Sol, 260_000 * Sol + 1_594_187_560), pool.ExchangeRate);
        Assert.Equal((Restake.Numerics.UInt256)1_594_187_560UL, pool.Tokens.Of(StakePool.Manager));
        Assert.Equal(92 * Sol - 1_840_000_000, update.RewardLamports - update.FeeLamports); // 90.16 SOL to the pool
    }

    [Fact]
    public void No_epoch_fee_on_a_loss()
    {
        var pool = StakePool.FromTotals(300_000 * Sol, 260_000 * Sol, new Fee(2, 100));
        var update = pool.UpdateStakePoolBalance(299_000 * Sol);
        Assert.Equal(0UL, update.FeePoolTokens);
        Assert.Equal(260_000 * Sol, pool.PoolTokenSupply);
    }

    [Fact]
    public void Deposit_and_withdraw_charge_fees_in_pool_tokens()
    {
        var pool = StakePool.FromTotals(300 * Sol, 260 * Sol, Fee.Zero);
        pool.SolDepositFee = new Fee(1, 1000);
        pool.SolWithdrawalFee = new Fee(1, 1000);
        var tokens = pool.DepositSol("alice", 30 * Sol);
        Assert.Equal(26 * Sol - 26 * Sol / 1000, tokens);
        var lamports = pool.WithdrawSol("alice", tokens);
        var burnt = tokens - tokens / 1000;
        Assert.True(lamports < 30 * Sol);
        Assert.Equal(burnt, 26 * Sol - 26 * Sol / 1000 - tokens / 1000);
        Assert.Equal("SolWithdrawalTooLarge", Assert.Throws<Restake.Numerics.RevertException>(() => pool.WithdrawSol("others", 100 * Sol)).Error);
    }
}
