using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Protocols.Stack;
using static Restake.Protocols.Tests.Stack.StackFixture;

namespace Restake.Protocols.Tests.Stack;

public sealed class StackWiringTests
{
    private static void Slash(RestakeStack s, string op, ulong wad)
    {
        var avs = s.Resolve("avs1");
        s.Core.Execute(() => s.Core.AllocationManager.SlashOperator(avs, avs, new SlashingParams(s.Resolve(op), 0, [s.EthStrategy], [wad])));
        s.Sync();
    }

    [Fact]
    public void Staking_splits_by_policy_and_delegates_each_leg_to_its_operator()
    {
        var s = new RestakeStack(Spec());
        var ez = s.Lrt("ezETH");
        ez.DepositEth("whale", Eth(1_000) + 7);
        var shares = ez.StakeEthFromQueue(Eth(1_000) + 7);
        var parts = AllocationPolicy.Split(Eth(1_000) + 7, [6_000, 4_000]);
        Assert.Equal(parts, shares);
        Assert.Equal(Eth(1_000) + 7, parts[0] + parts[1]);
        for (var k = 0; k < 2; k++)
        {
            Assert.Equal(ez.Legs[k].Operator, s.Core.DelegationManager.DelegatedTo(ez.Legs[k].Delegator));
            Assert.Equal(parts[k], s.Core.DelegationManager.OperatorShares(ez.Legs[k].Operator, s.EthStrategy));
        }

        Assert.Equal(UInt256.Zero, ez.Vault.Pending("ETH"));
        Assert.Equal(Eth(1_000) + 7, s.Tokens.BalanceOf("ETH", RestakeStack.WethAccount));
        Assert.Equal(Eth(1_000) + 7, s.Core.Tokens.TotalSupply(s.Weth));
        Assert.Equal(Eth(1_000) + 7, ez.Tvl());
    }

    [Fact]
    public void Capped_rate_price_follows_the_slash_but_not_the_depeg()
    {
        var s = Funded(Spec(new PriceSpec(LrtPriceSource.CappedRate, MaxYearlyGrowthBps: 1_000)), Eth(500));
        var aave = s.Market("market").Market;
        Assert.Equal(EthUsd, aave.Price("ezETH"));
        s.Pool("ezeth-pool").Exchange("whale", 1, 0, Eth(8_000), 0);
        s.Sync();
        Assert.Equal(EthUsd, aave.Price("ezETH"));
        Slash(s, "op2", 500_000_000_000_000_000UL); // op2: 25 % allocated, half slashed → its 40 % leg loses 12.5 %
        var rate = s.Lrt("ezETH").Rate();
        Assert.Equal(UInt256.MulDiv(s.Lrt("ezETH").Tvl(), Wad.One, Eth(61_000), Rounding.Down), rate);
        Assert.Equal(950_000_000_000_000_000UL, rate);
        Assert.Equal(EthUsd * rate / Wad.One, aave.Price("ezETH"));
    }

    [Fact]
    public void Capped_rate_price_never_exceeds_the_growth_cap()
    {
        var s = Funded(Spec(new PriceSpec(LrtPriceSource.CappedRate, MaxYearlyGrowthBps: 0)), Eth(500));
        s.Lrt("ezETH").ReceiveRewards(Eth(610)); // +1 % NAV, no fee configured
        s.Sync();
        Assert.Equal(1_010_000_000_000_000_000UL, s.Lrt("ezETH").Rate());
        Assert.Equal(EthUsd, s.Market("market").Market.Price("ezETH"));
    }

    [Fact]
    public void Pool_oracle_price_lags_the_spot_and_catches_up_with_time()
    {
        var s = Funded(Spec(new PriceSpec(LrtPriceSource.PoolOracle, "ezeth-pool")), Eth(500));
        var pool = s.Pool("ezeth-pool");
        var aave = s.Market("market").Market;
        pool.Exchange("whale", 1, 0, Eth(8_000), 0);
        s.Sync();
        var spot = pool.PriceOf("ezETH", "ETH", ema: false);
        var emaNow = aave.Price("ezETH");
        Assert.Equal(EthUsd * pool.Pool.PriceOracle(0) / Wad.One, emaNow);
        Assert.True(emaNow > EthUsd * spot / Wad.One);
        s.AdvanceBlocks(7_200);
        Assert.Equal(EthUsd * pool.Pool.PriceOracle(0) / Wad.One, aave.Price("ezETH"));
        Assert.True(aave.Price("ezETH") < emaNow);
    }

    [Fact]
    public void Rate_oracle_pool_scales_the_lrt_coin_by_the_vault_rate()
    {
        var s = Funded(Spec(rateOracle: true), Eth(500));
        var pool = s.Pool("ezeth-pool");
        Assert.Equal(Wad.One, pool.Pool.Rates[1]);
        Slash(s, "op1", 400_000_000_000_000_000UL);
        Assert.Equal(s.Lrt("ezETH").Rate(), pool.Pool.Rates[1]);
        Assert.Equal(880_000_000_000_000_000UL, pool.Pool.Rates[1]);
        // ezETH's price in ETH is the rate-scaled state price, so the slash reprices the pool at once.
        Assert.Equal(UInt256.MulDiv(pool.Pool.GetP(0), pool.Pool.Rates[1], Wad.One, Rounding.Down), pool.PriceOf("ezETH", "ETH", ema: false));
        Assert.True(pool.PriceOf("ezETH", "ETH", ema: false) < 900_000_000_000_000_000UL);
    }

    [Fact]
    public void Rewards_raise_nav_net_of_fee_and_the_fee_goes_to_the_fee_address()
    {
        var spec = Spec() with { Lrts = [new LrtSpec("ezETH", [new DelegationLeg("op1", 1)]) { FeeBasisPoints = 1_000 }] };
        var s = new RestakeStack(spec);
        var ez = s.Lrt("ezETH");
        ez.DepositEth("whale", Eth(100));
        var fee = ez.ReceiveRewards(Eth(10));
        Assert.Equal(Eth(1), fee);
        Assert.Equal(Eth(1), s.Tokens.BalanceOf("ETH", "feeAddress:ezETH"));
        Assert.Equal(Eth(109), s.Tokens.BalanceOf("ETH", ez.Account));
        Assert.Equal(1_090_000_000_000_000_000UL, ez.Rate());
    }

    [Fact]
    public void Withdraw_and_claim_pay_from_the_buffer_at_the_lower_of_request_and_claim_value()
    {
        var spec = Spec() with { Lrts = [new LrtSpec("ezETH", [new DelegationLeg("op1", 1)]) { WithdrawBufferTarget = Eth(100) }] };
        var s = new RestakeStack(spec);
        var ez = s.Lrt("ezETH");
        ez.DepositEth("whale", Eth(1_000));          // the first 100 refill the buffer
        ez.StakeEthFromQueue(Eth(900));
        var id = ez.Withdraw("whale", Eth(50));
        Slash(s, "op1", 400_000_000_000_000_000UL);  // op1's stake −20 %: TVL 100 + 720
        Assert.Equal("EarlyClaim", Assert.Throws<RevertException>(() => ez.Claim("whale", id)).Error);
        s.AdvanceBlocks(50_400);
        var before = s.Tokens.BalanceOf("ETH", "whale");
        var paid = ez.Claim("whale", id);
        Assert.Equal(UInt256.MulDiv(Eth(820), Eth(50), Eth(1_000), Rounding.Down), paid);
        Assert.Equal(before + paid, s.Tokens.BalanceOf("ETH", "whale"));
        Assert.Equal(Eth(100) - paid, s.Tokens.BalanceOf("ETH", ez.Account));
    }

    [Fact]
    public void Reverted_calls_change_nothing()
    {
        var s = Funded(Spec(), Eth(720));
        var before = StackFingerprint.Of(s);
        var pool = s.Pool("ezeth-pool");
        var market = s.Market("market");
        var ez = s.Lrt("ezETH");
        Assert.Equal("ERC20InsufficientBalance", Assert.Throws<RevertException>(() => pool.Exchange("nobody", 0, 1, Eth(1), 0)).Error);
        Assert.Throws<RevertException>(() => pool.Exchange("whale", 1, 0, Eth(1), Eth(2)));
        Assert.Throws<RevertException>(() => pool.AddLiquidity("borrower", [Eth(1), Eth(1)], 0));
        Assert.Equal("InsufficientPendingBalance", Assert.Throws<RevertException>(() => ez.StakeEthFromQueue(Eth(1))).Error);
        Assert.Throws<RevertException>(() => ez.DepositEth("nobody", Eth(1)));
        Assert.Throws<RevertException>(() => market.Borrow("borrower", "ETH", Eth(100)));
        Assert.Throws<RevertException>(() => market.LiquidationCall("liquidator", "ezETH", "ETH", "borrower", Eth(100)));
        Assert.Throws<RevertException>(() => market.Repay("nobody", "ETH", Eth(1)));
        Assert.Throws<RevertException>(() => market.Supply("nobody", "ETH", Eth(1)));
        s.Sync();
        Assert.Equal(before, StackFingerprint.Of(s));
    }

    [Fact]
    public void Duplicate_ids_and_lrt_starting_balances_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new RestakeStack(Spec().WithPoolIdClash()));
        Assert.Throws<ArgumentException>(() => new RestakeStack(Spec() with
        {
            Holders = [new HolderSpec("x", new Dictionary<string, UInt256> { ["ezETH"] = 1 })],
        }));
    }
}

internal static class SpecExtensions
{
    /// <summary>Adds a second pool with the same id as the first.</summary>
    public static StackSpec WithPoolIdClash(this StackSpec spec) => spec with { Pools = [.. spec.Pools, spec.Pools[0]] };
}
