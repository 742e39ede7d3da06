using Restake.Numerics;
using Restake.Protocols.LiquidStaking.RocketPool;

namespace Restake.Protocols.Tests.LiquidStaking;

public class RocketPoolTests
{
    private static readonly UInt256 E = Wad.One;
    private static UInt256 Eth(ulong n) => (UInt256)n * E;

    [Fact]
    public void Deposit_fee_and_rate_move_only_at_submissions()
    {
        var rp = new RocketPool(RocketPool.MainnetDepositFee, RocketPool.Leb8Commission);
        Assert.Equal(Eth(100) - Eth(100) * 5 / 10_000, rp.Deposit("alice", Eth(100)));
        rp.SubmitBalances();
        rp.Stake(Eth(90));
        Assert.Equal(UInt256.Parse("1000500250125062531"), rp.ExchangeRate); // 100 / 99.95
        var net = rp.AccrueRewards(Eth(1));
        Assert.Equal(Eth(1) * 86 / 100, net);
        Assert.Equal(UInt256.Parse("1000500250125062531"), rp.ExchangeRate);
        rp.SubmitBalances();
        Assert.Equal(UInt256.MulDiv(E, Eth(100) + net, Eth(100) - Eth(100) * 5 / 10_000), rp.ExchangeRate);
    }

    [Fact]
    public void Burn_is_paid_from_the_deposit_pool_only()
    {
        var rp = new RocketPool(UInt256.Zero, RocketPool.Leb8Commission);
        rp.Deposit("alice", Eth(100));
        rp.SubmitBalances();
        rp.Stake(Eth(95));
        Assert.Equal("Insufficient ETH balance for exchange", Assert.Throws<RevertException>(() => rp.Burn("alice", Eth(6))).Error);
        Assert.Equal(Eth(5), rp.Burn("alice", Eth(5)));
        Assert.Equal("Insufficient rETH balance", Assert.Throws<RevertException>(() => rp.Burn("bob", E)).Error);
    }
}
