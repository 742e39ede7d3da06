using System.Numerics;
using Restake.Numerics;
using Restake.Protocols.LiquidStaking.EtherFi;

namespace Restake.Protocols.Tests.LiquidStaking;

public class EtherFiTests
{
    private static readonly UInt256 E = Wad.One;
    private static UInt256 Eth(ulong n) => (UInt256)n * E;

    [Fact]
    public void TV13_weETH_wrap_and_rate()
    {
        var pool = LiquidityPool.FromTotals(Eth(2_800_000), Eth(2_650_000));
        Assert.Equal(UInt256.Parse("946428571428571428"), pool.SharesForAmount(E));
        Assert.Equal(UInt256.Parse("1056603773584905660"), pool.Rate);
        pool.Deposit("alice", Eth(2));
        var weeth = new WeEth(pool);
        Assert.Equal(UInt256.Parse("946428571428571428"), weeth.Wrap("alice", E));
        var back = weeth.Unwrap("alice", UInt256.Parse("946428571428571428"));
        Assert.Equal(UInt256.Parse("999999999999999999"), back);
    }

    [Fact]
    public void Deposit_rounds_shares_down_and_withdrawal_rounds_shares_up()
    {
        var pool = LiquidityPool.FromTotals(Eth(2_800_000) + 7, Eth(2_650_000));
        var shares = pool.Deposit("alice", Eth(3));
        Assert.Equal(UInt256.MulDiv(Eth(3), Eth(2_650_000), Eth(2_800_000) + 7, Rounding.Down), shares);
        var burnt = pool.Withdraw("alice", E);
        Assert.Equal(UInt256.MulDiv(E, pool.TotalShares + burnt, pool.TotalPooledEther + E, Rounding.Up), burnt);
        Assert.Equal("InsufficientLiquidity", Assert.Throws<RevertException>(() => pool.Withdraw("alice", Eth(3))).Error);
    }

    [Fact]
    public void Positive_rebase_above_25_bp_reverts()
    {
        var pool = LiquidityPool.FromTotals(Eth(1_000_000), Eth(1_000_000));
        pool.Rebase(new BigInteger(2_500) * BigInteger.Pow(10, 18));
        Assert.Equal(Eth(1_002_500), pool.TotalPooledEther);
        var ex = Assert.Throws<RevertException>(() => pool.Rebase(new BigInteger(2_507) * BigInteger.Pow(10, 18)));
        Assert.Equal("RebaseExceedsPositiveCap", ex.Error);
        Assert.Equal(Eth(1_002_500), pool.TotalPooledEther);
        pool.Rebase(-new BigInteger(500) * BigInteger.Pow(10, 18));
        Assert.Equal(Eth(1_002_000), pool.TotalPooledEther);
    }

    [Fact]
    public void Admin_report_checks_apr_negative_cap_and_fee_share_then_mints_the_fee()
    {
        var pool = LiquidityPool.FromTotals(Eth(1_000_000), Eth(1_000_000));
        var admin = new EtherFiAdmin(pool, acceptableRebaseAprInBps: 1_000);
        var day = 86_400UL;
        // 10 % APR for a day is 273.97 ETH: 300 ETH is too much.
        Assert.Equal("ReportValidationFailed", Assert.Throws<RevertException>(() => admin.ExecuteReport(Eth(300).ToBigInteger(), UInt256.Zero, day)).Error);
        // 0.03 % of TVL is 300 ETH: a 301 ETH loss is over the negative cap even over a year.
        Assert.Equal("ReportValidationFailed", Assert.Throws<RevertException>(() => admin.ExecuteReport(-Eth(301).ToBigInteger(), UInt256.Zero, 365 * day)).Error);
        // fees above 20 % of total rewards
        Assert.Equal("ReportValidationFailed", Assert.Throws<RevertException>(() => admin.ExecuteReport(Eth(90).ToBigInteger(), Eth(30), day)).Error);
        Assert.Equal(Eth(1_000_000), pool.TotalPooledEther);

        var feeShares = admin.ExecuteReport(Eth(90).ToBigInteger(), Eth(10), day);
        Assert.Equal(Eth(1_000_100), pool.TotalPooledEther);
        Assert.Equal(UInt256.MulDiv(Eth(10), Eth(1_000_000), Eth(1_000_090)), feeShares);
        Assert.True(pool.BalanceOf(LiquidityPool.Treasury) <= Eth(10));
        Assert.True(pool.BalanceOf(LiquidityPool.Treasury) + 1 >= Eth(10));
    }
}
