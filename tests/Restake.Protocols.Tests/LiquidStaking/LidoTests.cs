using Restake.Numerics;
using Restake.Protocols.LiquidStaking.Lido;

namespace Restake.Protocols.Tests.LiquidStaking;

public class LidoTests
{
    private static readonly UInt256 E = Wad.One;
    private static UInt256 Eth(ulong n) => (UInt256)n * E;
    private const ulong Day = 86_400;

    /// <summary>TV-5 pool: 9 M ETH over 7.5 M shares (rate 1.2), 8.95 M on the CL, 10 % fee.</summary>
    private static Lido Tv5(SanityLimits limits) =>
        Lido.FromTotals(Eth(9_000_000), Eth(7_500_000), Eth(8_950_000), LidoFees.TreasuryOnly(E * 10), limits);

    private static OracleReport Report(UInt256 postCl, UInt256 el, ulong timestamp = 10 * Day, UInt256 withdrawals = default, bool bunker = false) =>
        new(postCl, 0, withdrawals, el, timestamp, Day, bunker);

    [Fact]
    public void TV4_submit_mints_at_the_pre_deposit_rate_and_the_balance_is_one_wei_short()
    {
        var lido = Lido.FromTotals(Eth(9_000_000) + 123_456_789, Eth(7_500_000) + 987_654_321, UInt256.Zero, LidoFees.Mainnet, SanityLimits.Mainnet);
        var shares = lido.Submit("alice", Eth(10));
        Assert.Equal(UInt256.Parse("8333333333333334316"), shares);
        Assert.Equal(UInt256.Parse("9999999999999999999"), lido.BalanceOf("alice"));
        Assert.Equal(UInt256.Parse("9000010000000000123456789"), lido.TotalPooledEther);
        Assert.Equal(UInt256.Parse("7500008333333334320988637"), lido.TotalShares);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TV5_report_mints_the_fee_as_shares_worth_one_wei_less_than_the_fee(bool mainnetLimits)
    {
        var lido = Tv5(mainnetLimits ? SanityLimits.Mainnet : SanityLimits.None);
        lido.ReceiveElRewards(Eth(300));
        var r = lido.HandleOracleReport(Report(Eth(8_952_400), Eth(300)));
        Assert.Equal(Eth(2_700), r.TotalRewards);
        Assert.Equal(Eth(270), r.FeeEther);
        Assert.Equal(UInt256.Parse("224939266398072520419"), r.SharesToMintAsFees);
        Assert.Equal(UInt256.Parse("269999999999999999999"), r.FeeSharesValue);
        Assert.Equal(UInt256.Parse("1200324000000000000000000077"), r.PostShareRate);
        Assert.Equal(Eth(9_002_700), r.PostTotalPooledEther);
        Assert.Equal(UInt256.Parse("7500224939266398072520419"), r.PostTotalShares);
        Assert.Equal(r.SharesToMintAsFees, lido.Shares.Of(Lido.Treasury));
        Assert.Equal(UInt256.Zero, lido.ElRewardsVault);
    }

    [Fact]
    public void Mainnet_fee_split_gives_half_the_fee_shares_to_node_operators()
    {
        var lido = Lido.FromTotals(Eth(9_000_000), Eth(7_500_000), Eth(8_950_000), LidoFees.Mainnet, SanityLimits.Mainnet);
        lido.ReceiveElRewards(Eth(300));
        var r = lido.HandleOracleReport(Report(Eth(8_952_400), Eth(300)));
        var module = UInt256.MulDiv(r.SharesToMintAsFees, 1, 2);
        Assert.Equal(module, lido.Shares.Of(Lido.NodeOperators));
        Assert.Equal(r.SharesToMintAsFees - module, lido.Shares.Of(Lido.Treasury));
    }

    [Fact]
    public void No_fee_on_a_loss_even_with_EL_rewards()
    {
        var lido = Tv5(SanityLimits.Mainnet);
        lido.ReceiveElRewards(Eth(300));
        var r = lido.HandleOracleReport(Report(Eth(8_949_000), Eth(300)));
        Assert.Equal(UInt256.Zero, r.FeeEther);
        Assert.Equal(UInt256.Zero, r.SharesToMintAsFees);
        Assert.Equal(Eth(9_000_000 - 1_000 + 300), r.PostTotalPooledEther);
        Assert.Equal(Eth(7_500_000), r.PostTotalShares);
    }

    [Fact]
    public void Annual_balance_increase_limit_reverts_and_changes_nothing()
    {
        var lido = Tv5(SanityLimits.Mainnet);
        // +2,500 ETH in a day on 8.95 M is 1019 bp/yr > 1000.
        var ex = Assert.Throws<RevertException>(() => lido.HandleOracleReport(Report(Eth(8_952_500), UInt256.Zero)));
        Assert.Equal("IncorrectCLBalanceIncrease", ex.Error);
        Assert.Equal(Eth(8_950_000), lido.ClBalance);
        Assert.Equal(Eth(9_000_000), lido.TotalPooledEther);
    }

    [Fact]
    public void Reporting_more_than_the_vault_holds_reverts()
    {
        var lido = Tv5(SanityLimits.Mainnet);
        lido.ReceiveElRewards(Eth(1));
        Assert.Equal("IncorrectELRewardsVaultBalance",
            Assert.Throws<RevertException>(() => lido.HandleOracleReport(Report(Eth(8_950_000), Eth(2)))).Error);
        Assert.Equal("IncorrectWithdrawalsVaultBalance",
            Assert.Throws<RevertException>(() => lido.HandleOracleReport(Report(Eth(8_950_000), UInt256.Zero, withdrawals: Eth(1)))).Error);
    }

    [Fact]
    public void Positive_rebase_cap_leaves_excess_EL_rewards_in_the_vault()
    {
        var lido = Tv5(SanityLimits.Mainnet);
        lido.ReceiveElRewards(Eth(10_000));
        var r = lido.HandleOracleReport(Report(Eth(8_952_400), Eth(10_000)));
        var cap = Eth(9_000_000) * 750_000 / 1_000_000_000;       // 6,750 ETH
        Assert.Equal(cap - Eth(2_400), r.ElRewardsTaken);
        Assert.Equal(Eth(10_000) - r.ElRewardsTaken, lido.ElRewardsVault);
        Assert.Equal(Eth(9_000_000) + cap, r.PostTotalPooledEther);

        var next = lido.HandleOracleReport(Report(Eth(8_952_400), lido.ElRewardsVault, 11 * Day));
        Assert.Equal(Eth(10_000) - r.ElRewardsTaken, next.ElRewardsTaken);
    }

    [Fact]
    public void Transfer_moves_floored_shares_so_the_receiver_can_get_less()
    {
        var lido = Lido.FromTotals(Eth(9_000_000) + 123_456_789, Eth(7_500_000) + 987_654_321, UInt256.Zero, LidoFees.Mainnet, SanityLimits.Mainnet);
        lido.Submit("alice", Eth(10));
        lido.Transfer("alice", "bob", Eth(1));
        var received = lido.BalanceOf("bob");
        Assert.True(received < Eth(1) && received + 2 >= Eth(1));
        Assert.Equal("BALANCE_EXCEEDED", Assert.Throws<RevertException>(() => lido.Transfer("bob", "carol", Eth(2))).Error);
    }

    [Fact]
    public void Withdrawal_requests_earn_no_rewards_but_bear_losses()
    {
        var lido = Tv5(SanityLimits.Mainnet);
        lido.Submit("alice", Eth(1_200));
        var id = lido.WithdrawalQueue.Request("alice", Eth(600), Day);
        var request = lido.WithdrawalQueue.Requests[id - 1];
        lido.ReceiveElRewards(Eth(300));
        var r = lido.HandleOracleReport(Report(Eth(8_952_400), Eth(300), 2 * Day));
        Assert.Equal(1, r.RequestsFinalized);
        Assert.Equal(request.AmountOfStETH, request.ClaimableEther);  // rate rose: capped at the request amount
        Assert.Equal(request.AmountOfShares, r.SharesBurnt);

        var id2 = lido.WithdrawalQueue.Request("alice", Eth(500), 2 * Day);
        var loss = lido.HandleOracleReport(Report(Eth(8_900_000), UInt256.Zero, 3 * Day));
        var second = lido.WithdrawalQueue.Requests[id2 - 1];
        Assert.True(second.ClaimableEther < second.AmountOfStETH);
        Assert.Equal(UInt256.MulDiv(second.AmountOfShares, loss.SimulatedShareRate, Wad.Ray), second.ClaimableEther);

        Assert.Equal(request.ClaimableEther, lido.WithdrawalQueue.Claim(id, "alice"));
        Assert.Equal("RequestAlreadyClaimed", Assert.Throws<RevertException>(() => lido.WithdrawalQueue.Claim(id, "alice")).Error);
        Assert.Equal("NotOwner", Assert.Throws<RevertException>(() => lido.WithdrawalQueue.Claim(id2, "bob")).Error);
        Assert.Equal(second.ClaimableEther, lido.WithdrawalQueue.LockedEther);
    }

    [Fact]
    public void Young_requests_wait_for_the_timestamp_margin_and_bunker_mode_holds_new_ones()
    {
        var lido = Tv5(SanityLimits.Mainnet);
        lido.Submit("alice", Eth(1_200));
        var early = lido.WithdrawalQueue.Request("alice", Eth(100), Day);
        var young = lido.WithdrawalQueue.Request("alice", Eth(100), 2 * Day - 7_000);
        var r = lido.HandleOracleReport(Report(Eth(8_950_000), UInt256.Zero, 2 * Day));
        Assert.Equal(1, r.RequestsFinalized);
        Assert.False(lido.WithdrawalQueue.Requests[young - 1].IsFinalized);

        var bunker = lido.HandleOracleReport(Report(Eth(8_949_000), UInt256.Zero, 2 * Day - 7_000 + 7_680 + 1, bunker: true));
        Assert.Equal(1, bunker.RequestsFinalized); // made before the bunker began
        var late = lido.WithdrawalQueue.Request("alice", Eth(100), 3 * Day);
        lido.HandleOracleReport(Report(Eth(8_949_000), UInt256.Zero, 4 * Day, bunker: true));
        Assert.False(lido.WithdrawalQueue.Requests[late - 1].IsFinalized);
        lido.HandleOracleReport(Report(Eth(8_949_000), UInt256.Zero, 5 * Day));
        Assert.True(lido.WithdrawalQueue.Requests[late - 1].IsFinalized);
        Assert.True(lido.WithdrawalQueue.Requests[early - 1].IsFinalized);
    }

    [Fact]
    public void Request_bounds_are_enforced()
    {
        var lido = Tv5(SanityLimits.Mainnet);
        lido.Submit("alice", Eth(2_000));
        Assert.Equal("RequestAmountTooSmall", Assert.Throws<RevertException>(() => lido.WithdrawalQueue.Request("alice", 99, 0)).Error);
        Assert.Equal("RequestAmountTooLarge", Assert.Throws<RevertException>(() => lido.WithdrawalQueue.Request("alice", Eth(1_000) + 1, 0)).Error);
        Assert.Empty(lido.WithdrawalQueue.Requests);
    }

    [Fact]
    public void Validator_deposits_and_appearance_keep_total_pooled_ether()
    {
        var lido = Tv5(SanityLimits.Mainnet);
        lido.DepositBufferedEther(10);
        Assert.Equal(Eth(9_000_000), lido.TotalPooledEther);
        Assert.Equal(Eth(320), lido.TransientEther);
        var r = lido.HandleOracleReport(new OracleReport(Eth(8_950_320), 10, UInt256.Zero, UInt256.Zero, Day, Day));
        Assert.Equal(UInt256.Zero, r.TotalRewards);
        Assert.Equal(Eth(9_000_000), r.PostTotalPooledEther);
        Assert.Equal("REPORTED_MORE_DEPOSITED",
            Assert.Throws<RevertException>(() => lido.HandleOracleReport(new OracleReport(Eth(8_950_352), 1, UInt256.Zero, UInt256.Zero, Day, Day))).Error);
    }

    [Fact]
    public void WstETH_wraps_at_the_share_rate()
    {
        var lido = Tv5(SanityLimits.Mainnet);
        lido.Submit("alice", Eth(12));
        var wst = new WstEth(lido);
        Assert.Equal(UInt256.Parse("833333333333333333"), wst.Wrap("alice", E));
        Assert.Equal(UInt256.Parse("1200000000000000000"), wst.StEthPerToken);
        Assert.Equal(UInt256.Parse("833333333333333333"), wst.TokensPerStEth);
        var back = wst.Unwrap("alice", UInt256.Parse("833333333333333333"));
        Assert.True(back <= E);
        Assert.Equal(UInt256.Zero, wst.Balances.Of("alice"));
    }

    [Fact]
    public void Stake_limit_refills_linearly_and_reverts_above_the_bucket()
    {
        var lido = Tv5(SanityLimits.Mainnet);
        lido.StakeLimit = StakeLimit.Mainnet(block: 1_000);
        lido.Submit("whale", Eth(140_000), 1_000);
        Assert.Equal(Eth(10_000), lido.StakeLimit.Current(1_000));
        var before = lido.TotalPooledEther;
        Assert.Equal("STAKE_LIMIT", Assert.Throws<RevertException>(() => lido.Submit("whale", Eth(10_001), 1_000)).Error);
        Assert.Equal(before, lido.TotalPooledEther);
        var perBlock = Eth(150_000) / 6_400;
        Assert.Equal(Eth(10_000) + perBlock * 100, lido.StakeLimit.Current(1_100));
        Assert.Equal(Eth(150_000), lido.StakeLimit.Current(100_000));
        Assert.Throws<ArgumentException>(() => lido.Submit("x", E));
    }
}
