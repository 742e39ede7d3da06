using System.Numerics;
using CsCheck;
using Restake.Numerics;
using Restake.Protocols.LiquidRestaking;
using Restake.Protocols.LiquidRestaking.Kelp;
using Restake.Protocols.LiquidRestaking.Puffer;
using Restake.Protocols.LiquidRestaking.Renzo;
using Restake.Protocols.LiquidRestaking.Swell;

namespace Restake.Protocols.Tests.LiquidRestaking;

public class LrtPropertyTests
{
    private static readonly UInt256 E = Wad.One;

    private static readonly Gen<UInt256> GenWei =
        Gen.Select(Gen.ULong[0, 5_000_000], Gen.ULong).Select((eth, wei) => (UInt256)eth * E + wei % E + 1);

    private static readonly Gen<(UInt256 Tvl, UInt256 Supply)> GenBook =
        Gen.Select(GenWei, Gen.ULong[500, 2_000]).Select((tvl, permille) => (tvl, UInt256.MulDiv(tvl, 1_000, permille) + 1));

    [Fact]
    public void Renzo_deposit_then_redeem_never_returns_more_and_holders_stay_backed()
    {
        Gen.Select(GenBook, GenWei, Gen.Bool).Sample((book, deposit, original) =>
        {
            var formula = original ? RenzoMintFormula.Original : RenzoMintFormula.Current;
            UInt256 minted;
            try { minted = RenzoOracle.CalculateMintAmount(book.Tvl, deposit, book.Supply, formula); }
            catch (RevertException ex) { Assert.Equal("InvalidTokenAmount", ex.Error); return; }
            var tvl = book.Tvl + deposit;
            var supply = book.Supply + minted;
            var back = UInt256.MulDiv(tvl, minted, supply);
            Assert.True(back <= deposit);
            Assert.True(UInt256.MulDiv(tvl, book.Supply, supply) + back <= tvl);
        }, iter: 500);
    }

    [Fact]
    public void Renzo_vault_holders_never_redeem_more_than_tvl()
    {
        Gen.Select(GenWei.Array[1, 5], Gen.ULong[0, 50_000], Gen.UInt[0, 2_000]).Sample((deposits, rewardEth, feeBp) =>
        {
            var restaked = new HoldingsBook();
            var vault = new RenzoVault(restaked, new PriceBook()) { FeeBasisPoints = feeBp };
            for (var i = 0; i < deposits.Length; i++)
            {
                vault.DepositEth($"u{i}", deposits[i], 1);
                vault.ReceiveRewards((UInt256)rewardEth * E / (ulong)(i + 1));
            }

            var tvl = vault.CalculateTvl(1);
            var total = UInt256.Zero;
            foreach (var (_, balance) in vault.EzEth.Holders) total += UInt256.MulDiv(tvl, balance, vault.EzEth.Total);
            Assert.True(total <= tvl);
        }, iter: 300);
    }

    [Fact]
    public void Kelp_price_update_never_lets_supply_times_price_exceed_total_eth()
    {
        Gen.Select(GenBook, Gen.ULong[0, 3_000], Gen.Int[-300, 300], GenWei).Sample((book, feeBps, moveBp, deposit) =>
        {
            var delegated = new HoldingsBook { [Assets.Eth] = book.Tvl };
            var prices = new PriceBook();
            prices.Set(Assets.Eth, BigInteger.Pow(10, 18), 0);
            var price = UInt256.MulDiv(book.Tvl, E, book.Supply) + 1;
            var vault = KelpVault.FromTotals(delegated, prices, price, book.Supply);
            vault.ProtocolFeeInBps = feeBps;
            var moved = (BigInteger)book.Tvl * (10_000 + moveBp) / 10_000;
            delegated[Assets.Eth] = (UInt256)moved;
            var u = vault.UpdateRsEthPrice();
            if (u.TempRsEthPrice <= price) Assert.Equal(UInt256.Zero, u.RsEthMintedAsProtocolFee);
            Assert.True(vault.RsEth.Total * vault.RsEthPrice <= u.TotalEth);
            var minted = vault.DepositAsset("a", Assets.Eth, deposit, UInt256.Zero);
            Assert.True(minted * vault.RsEthPrice <= deposit * E);
        }, iter: 500);
    }

    [Fact]
    public void Puffer_round_trip_never_returns_more_and_shares_stay_backed()
    {
        Gen.Select(GenBook, GenWei, Gen.ULong[0, 500]).Sample((book, deposit, feeBp) =>
        {
            var vault = PufferVault.FromTotals(new HoldingsBook { ["x"] = book.Tvl }, book.Supply, feeBp);
            var shares = vault.Deposit("a", deposit);
            Assert.True(vault.PreviewRedeem(shares).Assets <= deposit);
            var (needed, _) = vault.PreviewWithdraw(deposit);
            Assert.True(needed >= shares);
            Assert.True(vault.ConvertToAssets(vault.TotalSupply, Rounding.Down) <= vault.TotalAssets);
        }, iter: 500);
    }

    [Fact]
    public void Swell_rate_times_supply_never_exceeds_reserves()
    {
        Gen.Select(GenBook, Gen.ULong[0, 100_000], Gen.ULong[0, 200_000_000_000_000_000], GenWei).Sample((book, rewardBpTenths, pct, deposit) =>
        {
            var sw = SwEth.FromTotals(book.Supply, pct, pct / 2);
            var rewards = UInt256.MulDiv(book.Tvl, rewardBpTenths, 100_000);
            var r = sw.Reprice(book.Tvl, rewards, book.Supply, 1);
            Assert.True(UInt256.MulDiv(sw.Balances.Total, r.SwEthToEthRate, E) <= r.TotalReserves);
            var minted = sw.Deposit("a", deposit);
            Assert.True(UInt256.MulDiv(minted, r.SwEthToEthRate, E) <= deposit);
        }, iter: 500);
    }
}
