using System.Numerics;
using Restake.Numerics;
using Restake.Protocols.LiquidRestaking;
using Restake.Protocols.LiquidRestaking.Kelp;

namespace Restake.Protocols.Tests.LiquidRestaking;

public class KelpTests
{
    private static readonly UInt256 E = Wad.One;
    private static UInt256 Eth(ulong n) => (UInt256)n * E;

    private static (KelpVault Vault, HoldingsBook Delegated, PriceBook Prices) Vault(ulong limitPercent = 0)
    {
        var delegated = new HoldingsBook { [Assets.Eth] = Eth(1_000), ["stETH"] = Eth(500) };
        var prices = new PriceBook();
        prices.Set(Assets.Eth, BigInteger.Pow(10, 18), 0);
        prices.Set("stETH", new BigInteger(999_000_000_000_000_000), 0);
        var vault = KelpVault.FromTotals(delegated, prices, UInt256.Parse("1050000000000000000"), Eth(1_400));
        vault.ProtocolFeeInBps = 1_000;
        vault.PricePercentageLimit = limitPercent;
        return (vault, delegated, prices);
    }

    [Fact]
    public void Price_update_charges_the_fee_on_the_increase_and_mints_it_at_the_new_price()
    {
        var (vault, _, _) = Vault();
        var u = vault.UpdateRsEthPrice();
        Assert.Equal(UInt256.Parse("1499500000000000000000000000000000000000"), u.TotalEth);
        Assert.Equal(UInt256.Parse("1071071428571428571"), u.TempRsEthPrice);
        Assert.Equal(UInt256.Parse("2949999999999999940"), u.ProtocolFeeInEth);
        Assert.Equal(UInt256.Parse("1068964285714285714"), u.NewRsEthPrice);
        Assert.Equal(UInt256.Parse("2759680598710367122"), u.RsEthMintedAsProtocolFee);
        Assert.Equal(u.RsEthMintedAsProtocolFee, vault.RsEth.Of(KelpVault.Treasury));
        Assert.Equal(UInt256.Parse("2803648391299989977"), vault.GetRsEthAmountToMint("stETH", Eth(3)));
    }

    [Fact]
    public void No_fee_on_a_decrease_and_the_percent_guard_reverts_without_change()
    {
        var (vault, delegated, _) = Vault(limitPercent: 1);
        delegated[Assets.Eth] = Eth(900);
        Assert.Equal("RSETHPriceExceedsLimit", Assert.Throws<RevertException>(() => vault.UpdateRsEthPrice()).Error);
        Assert.Equal(UInt256.Parse("1050000000000000000"), vault.RsEthPrice);
        vault.PricePercentageLimit = 0;
        var u = vault.UpdateRsEthPrice();
        Assert.Equal(UInt256.Zero, u.ProtocolFeeInEth);
        Assert.Equal(UInt256.Zero, vault.RsEth.Of(KelpVault.Treasury));
        Assert.Equal(u.TotalEth / Eth(1_400), vault.RsEthPrice);
    }

    [Fact]
    public void Withdrawals_wait_the_delay_and_pay_min_of_request_and_unlock_value()
    {
        var (vault, delegated, _) = Vault();
        vault.DepositAsset("alice", Assets.Eth, Eth(21), UInt256.Zero);
        Assert.Equal("MinimumAmountToReceiveNotMet",
            Assert.Throws<RevertException>(() => vault.DepositAsset("bob", Assets.Eth, E, E)).Error);
        var id = vault.InitiateWithdrawal("alice", Assets.Eth, Eth(10), 100);
        var expected = vault.Requests[id - 1].ExpectedAssetAmount;
        Assert.Equal(Eth(10) * UInt256.Parse("1050000000000000000") / E, expected);
        Assert.Equal(0, vault.UnlockQueue(Assets.Eth, 100 + KelpVault.DefaultWithdrawalDelayBlocks - 1));
        delegated[Assets.Eth] = Eth(900);                     // loss before unlock
        vault.UpdateRsEthPrice();
        Assert.Equal(1, vault.UnlockQueue(Assets.Eth, 100 + KelpVault.DefaultWithdrawalDelayBlocks));
        var paid = vault.CompleteWithdrawal("alice", id);
        Assert.Equal(Eth(10) * vault.RsEthPrice / E, paid);
        Assert.True(paid < expected);
        Assert.Equal("InvalidWithdrawalRequest", Assert.Throws<RevertException>(() => vault.CompleteWithdrawal("alice", id)).Error);
    }
}
