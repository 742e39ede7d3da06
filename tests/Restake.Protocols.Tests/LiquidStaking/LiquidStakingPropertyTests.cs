using System.Numerics;
using CsCheck;
using Restake.Numerics;
using Restake.Protocols.LiquidStaking.EtherFi;
using Restake.Protocols.LiquidStaking.Lido;
using Restake.Protocols.LiquidStaking.RocketPool;
using Restake.Protocols.LiquidStaking.SplStakePool;

namespace Restake.Protocols.Tests.LiquidStaking;

public class LiquidStakingPropertyTests
{
    private static readonly UInt256 E = Wad.One;
    private const ulong Day = 86_400;

    /// <summary>Pool sizes from 1 ETH to 10 M ETH with odd wei, share rates between 0.5 and 2.</summary>
    private static readonly Gen<(UInt256 Ether, UInt256 Shares)> GenPool =
        Gen.Select(Gen.ULong[1, 10_000_000], Gen.ULong[0, 999_999_999], Gen.ULong[500, 2_000])
            .Select((eth, dust, permille) =>
            {
                var ether = (UInt256)eth * E + dust;
                return (ether, UInt256.MulDiv(ether, 1_000, permille) + 1);
            });

    private static readonly Gen<UInt256> GenAmount =
        Gen.Select(Gen.ULong[0, 100_000], Gen.ULong[1, ulong.MaxValue]).Select((eth, wei) => (UInt256)eth * E + wei % E + 1);

    [Fact]
    public void Lido_holders_never_own_more_than_the_pool_and_submit_never_returns_more()
    {
        Gen.Select(GenPool, GenAmount.Array[1, 6], Gen.Int[-500, 500]).Sample((pool, deposits, clBp) =>
        {
            var lido = Lido.FromTotals(pool.Ether, pool.Shares, UInt256.Zero, LidoFees.Mainnet, SanityLimits.None);
            var i = 0;
            foreach (var amount in deposits)
            {
                var before = lido.BalanceOf($"u{i}");
                lido.Submit($"u{i}", amount);
                Assert.True(lido.BalanceOf($"u{i}") - before <= amount);
                i++;
            }

            Assert.True(lido.SumOfBalances() <= lido.TotalPooledEther);
            lido.Transfer("u0", "x", lido.BalanceOf("u0") / 3);
            Assert.True(lido.SumOfBalances() <= lido.TotalPooledEther);
        }, iter: 300);
    }

    [Fact]
    public void Lido_fee_is_never_minted_on_a_loss_and_is_at_most_the_fee_share_when_profitable()
    {
        Gen.Select(GenPool, Gen.ULong[0, 20_000], Gen.ULong[0, 1_000], Gen.Bool).Sample((pool, clDeltaEth, elEth, loss) =>
        {
            var cl = pool.Ether / 2;
            var lido = Lido.FromTotals(pool.Ether, pool.Shares, cl, LidoFees.Mainnet, SanityLimits.None);
            var delta = UInt256.Min((UInt256)clDeltaEth * E, cl);
            var postCl = loss ? cl - delta : cl + delta;
            var el = (UInt256)elEth * E;
            lido.ReceiveElRewards(el);
            var r = lido.HandleOracleReport(new OracleReport(postCl, 0, UInt256.Zero, el, Day, Day));
            var feeValue = lido.BalanceOf(Lido.Treasury) + lido.BalanceOf(Lido.NodeOperators);
            if (loss || delta.IsZero)
            {
                Assert.Equal(UInt256.Zero, r.SharesToMintAsFees);
                Assert.Equal(UInt256.Zero, feeValue);
            }
            else
            {
                Assert.True(feeValue <= r.FeeEther);
                Assert.Equal(r.FeeEther, UInt256.MulDiv(r.TotalRewards, 10, 100));
            }

            Assert.True(lido.SumOfBalances() <= lido.TotalPooledEther);
        }, iter: 300);
    }

    [Fact]
    public void Lido_report_sanity_limits_hold_for_every_accepted_report()
    {
        Gen.Select(Gen.ULong[1_000, 10_000_000], Gen.ULong[0, 3_000], Gen.ULong[0, 30_000], Gen.ULong[3_600, 3 * Day]).Sample((clEth, increaseBpTenths, elEth, elapsed) =>
        {
            var cl = (UInt256)clEth * E;
            var tpe = cl + (UInt256)clEth * E / 100;
            var lido = Lido.FromTotals(tpe, tpe, cl, LidoFees.Mainnet, SanityLimits.Mainnet);
            var increase = UInt256.MulDiv(cl, increaseBpTenths, 100_000);
            var el = (UInt256)elEth * E;
            lido.ReceiveElRewards(el);
            var annualBp = new Rational(increase.ToBigInteger() * 365 * 86_400 * 10_000, cl.ToBigInteger() * elapsed);
            try
            {
                lido.HandleOracleReport(new OracleReport(cl + increase, 0, UInt256.Zero, el, Day, elapsed));
                Assert.True(annualBp < 1_001, $"accepted {annualBp.ToDouble()} bp/yr");
                var postEtherPerShare = new Rational(lido.TotalPooledEther.ToBigInteger(), lido.TotalShares.ToBigInteger());
                var preEtherPerShare = new Rational(tpe.ToBigInteger(), tpe.ToBigInteger());
                Assert.True(postEtherPerShare <= preEtherPerShare * new Rational(1_000_750_001, 1_000_000_000), "rebase above 0.075 %");
            }
            catch (RevertException ex)
            {
                Assert.Equal("IncorrectCLBalanceIncrease", ex.Error);
                Assert.True(annualBp > 1_000);
                Assert.Equal(cl, lido.ClBalance);
            }
        }, iter: 300);
    }

    [Fact]
    public void EtherFi_deposit_then_withdraw_never_returns_more_and_shares_stay_backed()
    {
        Gen.Select(GenPool, GenAmount, Gen.Int[-20, 25]).Sample((pool, amount, rebaseBp) =>
        {
            var lp = LiquidityPool.FromTotals(pool.Ether, pool.Shares);
            lp.Deposit("alice", amount);
            var rebase = (BigInteger)lp.TotalPooledEther * rebaseBp / 10_000;
            lp.Rebase(rebase);
            var redeemable = lp.BalanceOf("alice");
            if (rebaseBp <= 0) Assert.True(redeemable <= amount);
            Assert.True(lp.BalanceOf("alice") + lp.BalanceOf("others") <= lp.TotalPooledEther);
            if (redeemable.IsZero || redeemable > lp.TotalValueInLp) return;
            var sharesBefore = lp.Shares.Of("alice");
            lp.Withdraw("alice", redeemable);
            Assert.True(lp.Shares.Of("alice") <= sharesBefore);
        }, iter: 300);
    }

    [Fact]
    public void Wrappers_round_trip_never_returns_more()
    {
        Gen.Select(GenPool, GenAmount).Sample((pool, amount) =>
        {
            var lp = LiquidityPool.FromTotals(pool.Ether, pool.Shares);
            var weeth = new WeEth(lp);
            if (lp.SharesForAmount(amount).IsZero || amount > lp.BalanceOf("others")) return;
            var wrapped = weeth.Wrap("others", amount);
            Assert.True(weeth.Unwrap("others", wrapped) <= amount);

            var lido = Lido.FromTotals(pool.Ether, pool.Shares, UInt256.Zero, LidoFees.Mainnet, SanityLimits.None);
            var wst = new WstEth(lido);
            if (lido.GetSharesByPooledEth(amount).IsZero || amount > lido.BalanceOf(Lido.OtherHolders)) return;
            var before = lido.BalanceOf(Lido.OtherHolders);
            var w = wst.Wrap(Lido.OtherHolders, amount);
            wst.Unwrap(Lido.OtherHolders, w);
            Assert.True(lido.BalanceOf(Lido.OtherHolders) <= before);
        }, iter: 300);
    }

    [Fact]
    public void RocketPool_and_stake_pool_round_against_the_user()
    {
        Gen.Select(GenAmount, GenAmount, Gen.ULong[0, 1_000]).Sample((first, second, rewardMilli) =>
        {
            var rp = new RocketPool(RocketPool.MainnetDepositFee, RocketPool.Leb8Commission);
            rp.Deposit("a", first);
            rp.AccrueRewards(first * rewardMilli / 1_000);
            rp.Stake(UInt256.Zero);
            rp.SubmitBalances();
            var minted = rp.Deposit("b", second);
            Assert.True(rp.GetEthValue(minted) <= second);
            Assert.True(rp.GetEthValue(rp.Reth.Of("a")) + rp.GetEthValue(minted) <= rp.Backing);
        }, iter: 300);

        Gen.Select(Gen.ULong[1, 1UL << 50], Gen.ULong[1, 1UL << 50], Gen.ULong[1, 1UL << 40]).Sample((total, supply, deposit) =>
        {
            var pool = StakePool.FromTotals(total, supply, new Fee(4, 100));
            if (pool.PoolTokensForDeposit(deposit) == 0) return;
            var tokens = pool.DepositSol("a", deposit);
            var back = pool.LamportsForWithdraw(tokens);
            Assert.True(back <= deposit);
            Assert.True((UInt128)pool.LamportsForWithdraw(pool.PoolTokenSupply) <= pool.TotalLamports);
        }, iter: 300);
    }
}
