using Restake.Numerics;
using Restake.Protocols.LiquidRestaking;
using Restake.Protocols.LiquidRestaking.Puffer;
using Restake.Protocols.LiquidRestaking.Swell;

namespace Restake.Protocols.Tests.LiquidRestaking;

public class PufferSwellTests
{
    private static readonly UInt256 E = Wad.One;
    private static UInt256 Eth(ulong n) => (UInt256)n * E;

    private static PufferVault Puffer() =>
        PufferVault.FromTotals(new HoldingsBook { ["locked"] = Eth(1_000) + 7 }, Eth(950) + 3, 100);

    [Fact]
    public void Puffer_conversions_use_virtual_offset_zero_and_the_exit_fee()
    {
        var vault = Puffer();
        Assert.Equal(UInt256.Parse("4749999999999999999"), vault.PreviewDeposit(Eth(5)));
        Assert.Equal((UInt256.Parse("5211047420531526836"), UInt256.Parse("52110474205315269")), vault.PreviewRedeem(Eth(5)));
        Assert.Equal((UInt256.Parse("4797500000000000000"), UInt256.Parse("50000000000000000")), vault.PreviewWithdraw(Eth(5)));
    }

    [Fact]
    public void Puffer_exits_are_paid_from_liquidity_within_the_daily_limit()
    {
        var vault = Puffer();
        var shares = vault.Deposit("alice", Eth(150));
        Assert.Equal("ERC4626ExceededMaxRedeem", Assert.Throws<RevertException>(() => vault.Redeem("alice", shares + 1, 86_400)).Error);
        var assets = vault.Withdraw("alice", Eth(60), 86_400);
        Assert.True(assets > UInt256.Zero);
        Assert.Equal("WithdrawalLimitExceeded", Assert.Throws<RevertException>(() => vault.Withdraw("alice", Eth(41), 2 * 86_400 - 1)).Error);
        Assert.Equal(Eth(90), vault.LiquidEth);
        vault.Withdraw("alice", Eth(41), 2 * 86_400);            // next day
        Assert.Equal(Eth(49), vault.LiquidEth);
        Assert.Equal("ERC4626ExceededMaxWithdraw", Assert.Throws<RevertException>(() => vault.Withdraw("others", Eth(50), 2 * 86_400)).Error);
    }

    [Fact]
    public void Swell_reprice_mints_fee_shares_in_UD60x18()
    {
        var sw = SwEth.FromTotals(Eth(950), E / 10, E / 10);
        var r = sw.Reprice(Eth(1_000), Eth(10), Eth(950), 1_000);
        Assert.Equal(Eth(1_010), r.TotalReserves);
        Assert.Equal(Eth(2), r.RewardsInEth);
        Assert.Equal(UInt256.Parse("1884920634920634920"), r.RewardsInSwEth);
        Assert.Equal(UInt256.Parse("1061052631578947368"), r.SwEthToEthRate);
        Assert.Equal(UInt256.Parse("942460317460317460"), sw.Balances.Of(SwEth.NodeOperators));
        Assert.Equal(UInt256.Parse("942460317460317460"), sw.Balances.Of(SwEth.Treasury));
        Assert.Equal(UInt256.Parse("2827380952380952382"), sw.Deposit("alice", Eth(3)));
    }

    [Fact]
    public void Swell_reprice_guards_revert_without_change()
    {
        var sw = SwEth.FromTotals(Eth(950), E / 10, E / 10);
        sw.MinimumRepriceTime = 3_600;
        sw.MaximumRepriceDifferencePercentage = E / 100;
        sw.MaximumRepriceSwEthDifferencePercentage = E / 100;
        sw.Reprice(Eth(1_000), Eth(10), Eth(950), 10_000);
        Assert.Equal("NotEnoughTimeElapsedForReprice", Assert.Throws<RevertException>(() => sw.Reprice(Eth(1_010), Eth(1), Eth(951), 10_001)).Error);
        Assert.Equal("RepriceDifferenceTooLarge", Assert.Throws<RevertException>(() => sw.Reprice(Eth(1_010), Eth(30), Eth(951), 20_000)).Error);
        Assert.Equal("RepriceswETHDifferenceTooLarge", Assert.Throws<RevertException>(() => sw.Reprice(Eth(997), UInt256.Zero, Eth(940), 20_000)).Error);
        Assert.Equal(UInt256.Parse("1061052631578947368"), sw.SwEthToEthRate);
    }

    [Fact]
    public void Swell_reprices_from_a_valuation_source()
    {
        var sw = SwEth.FromTotals(Eth(950), E / 10, E / 10);
        sw.MaximumRepriceDifferencePercentage = E;
        sw.Reprice(Eth(1_000), UInt256.Zero, Eth(950), 10);
        sw.Deposit("alice", Eth(10));
        var reserves = new HoldingsBook { [Assets.Eth] = Eth(1_015) };
        var r = sw.RepriceFromValuation(reserves, 20);
        Assert.Equal(Eth(1_015), r.TotalReserves);
        Assert.Equal(Eth(1), r.RewardsInEth);
    }
}
