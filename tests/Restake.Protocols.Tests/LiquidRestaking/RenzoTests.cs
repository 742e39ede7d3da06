using System.Numerics;
using Restake.Numerics;
using Restake.Protocols.LiquidRestaking;
using Restake.Protocols.LiquidRestaking.Renzo;

namespace Restake.Protocols.Tests.LiquidRestaking;

public class RenzoTests
{
    private static readonly UInt256 E = Wad.One;
    private static UInt256 Eth(ulong n) => (UInt256)n * E;
    private const ulong Now = 1_714_000_000;
    private const ulong Week = 7 * 86_400;

    [Fact]
    public void Mint_current_and_original_formulas_differ_by_precision_loss()
    {
        var tvl = Eth(1_000_000) + 123;
        Assert.Equal(UInt256.Parse("9499999999999999999"), RenzoOracle.CalculateMintAmount(tvl, Eth(10), Eth(950_000)));
        Assert.Equal(UInt256.Parse("9499999999999059481"), RenzoOracle.CalculateMintAmount(tvl, Eth(10), Eth(950_000), RenzoMintFormula.Original));
        Assert.Equal(Eth(3), RenzoOracle.CalculateMintAmount(UInt256.Zero, Eth(3), Eth(1)));
        Assert.Equal("InvalidTokenAmount", Assert.Throws<RevertException>(() => RenzoOracle.CalculateMintAmount(Eth(1_000), 1, Eth(1))).Error);
        Assert.Equal(UInt256.Parse("5263157894736842105"), RenzoOracle.CalculateRedeemAmount(tvl, Eth(5), Eth(950_000)));
    }

    private static (RenzoVault Vault, HoldingsBook Restaked, PriceBook Prices) Vault()
    {
        var restaked = new HoldingsBook();
        var prices = new PriceBook();
        prices.Set("stETH", new BigInteger(990_000_000_000_000_000), Now);
        var vault = new RenzoVault(restaked, prices) { FeeBasisPoints = 1_000 };
        return (vault, restaked, prices);
    }

    [Fact]
    public void TVL_reads_restaked_positions_at_oracle_prices_with_staleness_check()
    {
        var (vault, restaked, prices) = Vault();
        vault.DepositEth("alice", Eth(100), Now);
        restaked["stETH"] = Eth(100);
        Assert.Equal(Eth(100) + Eth(99), vault.CalculateTvl(Now));
        Assert.Equal("OracleExpired", Assert.Throws<RevertException>(() => vault.CalculateTvl(Now + RenzoOracle.MaxTimeWindow + 1)).Error);
        prices.Set("stETH", 0, Now);
        Assert.Equal("InvalidOraclePrice", Assert.Throws<RevertException>(() => vault.DepositEth("bob", E, Now)).Error);
        Assert.Equal(Eth(100), vault.EzEth.Total);
    }

    [Fact]
    public void Deposit_mints_at_the_tvl_before_the_deposit_and_respects_collateral_limits()
    {
        var (vault, restaked, _) = Vault();
        vault.DepositEth("alice", Eth(100), Now);
        restaked["stETH"] = Eth(100);                       // worth 99 ETH: TVL 199 for 100 ezETH
        var minted = vault.Deposit("bob", "stETH", Eth(10), Now);
        Assert.Equal(UInt256.MulDiv(Eth(100), Eth(10) * 99 / 100, Eth(199)), minted);
        vault.SetCollateralTvlLimit("stETH", Eth(110));
        Assert.Equal("MaxTVLReached", Assert.Throws<RevertException>(() => vault.Deposit("bob", "stETH", Eth(2), Now)).Error);
    }

    [Fact]
    public void Fee_is_taken_from_rewards_before_they_join_tvl()
    {
        var (vault, _, _) = Vault();
        vault.DepositEth("alice", Eth(100), Now);
        Assert.Equal(E / 10, vault.ReceiveRewards(E));
        Assert.Equal(Eth(100) + E * 9 / 10, vault.CalculateTvl(Now));
    }

    [Fact]
    public void Claim_pays_min_of_request_and_claim_time_after_the_cooldown()
    {
        var (vault, restaked, _) = Vault();
        vault.DepositEth("alice", Eth(100), Now);
        vault.TakePendingForRestaking(Assets.Eth, Eth(100));
        restaked[Assets.Eth] = Eth(90);
        vault.RefillWithdrawBuffer(Assets.Eth, Eth(10));
        var id = vault.Withdraw("alice", Eth(5), Assets.Eth, Now);
        Assert.Equal(Eth(5), vault.Requests[id - 1].AmountToRedeem);
        Assert.Equal("EarlyClaim", Assert.Throws<RevertException>(() => vault.Claim("alice", id, Now + Week - 1)).Error);

        restaked[Assets.Eth] = Eth(100);                         // rewards after the request: not paid
        Assert.Equal(Eth(5), vault.Claim("alice", id, Now + Week));

        var id2 = vault.Withdraw("alice", Eth(4), Assets.Eth, Now + Week);
        var requested = vault.Requests[id2 - 1].AmountToRedeem;
        restaked[Assets.Eth] = Eth(50);                          // a loss after the request is passed through
        var paid = vault.Claim("alice", id2, Now + 2 * Week);
        Assert.True(paid < requested);
        Assert.Equal(RenzoOracle.CalculateRedeemAmount(Eth(50) + Eth(5), Eth(4), Eth(95)), paid);
    }

    [Fact]
    public void Requests_beyond_the_buffer_queue_until_a_refill()
    {
        var (vault, restaked, _) = Vault();
        vault.DepositEth("alice", Eth(100), Now);
        vault.TakePendingForRestaking(Assets.Eth, Eth(100));
        restaked[Assets.Eth] = Eth(100);
        var id = vault.Withdraw("alice", Eth(10), Assets.Eth, Now);
        Assert.False(vault.Requests[id - 1].Filled);
        Assert.Equal("QueuedWithdrawalNotFilled", Assert.Throws<RevertException>(() => vault.Claim("alice", id, Now + Week)).Error);
        restaked[Assets.Eth] = Eth(90);
        vault.RefillWithdrawBuffer(Assets.Eth, Eth(10));
        Assert.True(vault.Requests[id - 1].Filled);
        Assert.Equal(Eth(10), vault.Claim("alice", id, Now + Week));
        Assert.Equal(Eth(90), vault.EzEth.Total);
    }

    [Fact]
    public void Deposits_refill_the_withdraw_buffer_deficit_first_and_fill_queued_requests()
    {
        var (vault, restaked, _) = Vault();
        vault.DepositEth("alice", Eth(100), Now);
        vault.TakePendingForRestaking(Assets.Eth, Eth(100));
        restaked[Assets.Eth] = Eth(100);
        var id = vault.Withdraw("alice", Eth(3), Assets.Eth, Now);
        Assert.False(vault.Requests[id - 1].Filled);
        vault.SetWithdrawBufferTarget(Assets.Eth, Eth(5));
        Assert.Equal(Eth(5), vault.WithdrawDeficit(Assets.Eth));
        vault.DepositEth("bob", Eth(8), Now);
        Assert.Equal(Eth(5), vault.Buffer(Assets.Eth));
        Assert.Equal(Eth(3), vault.Pending(Assets.Eth));
        Assert.True(vault.Requests[id - 1].Filled);
        Assert.Equal(Eth(3), vault.WithdrawDeficit(Assets.Eth));
        Assert.Equal(Eth(108), vault.CalculateTvl(Now));
    }
}
