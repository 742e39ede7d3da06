using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using static Restake.Protocols.Tests.Restaking.EigenLayer.TestWorld;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>Worked examples 9.6 and 9.10 and the DSF rule of §3.1.</summary>
public class SlashingLibTests
{
    [Fact]
    public void Example_9_6_queue_slash_formula_of_head_differs_by_one_wei_from_the_old_one()
    {
        var w = U("60817");
        var prev = U("585_033_575_357_898_133");
        var next = U("43_229_555_425_965_516");
        Assert.Equal(U("35579"), Wad.MulWad(w, prev));
        Assert.Equal(U("32949"), SlashingLib.CalcSlashedAmount(Wad.MulWad(w, prev), prev, next));
        Assert.Equal(U("32950"), Wad.MulWad(w, prev - next));
    }

    [Fact]
    public void Example_9_10_rounding_corners()
    {
        Assert.Equal(UInt256.One, Wad.MulWadRoundUp(3, 1));
        Assert.Equal(UInt256.One, SlashingLib.CalcSlashedAmount(E, E, E - UInt256.One));
        Assert.Equal(UInt256.Zero, SlashingLib.CalcSlashedAmount(999, E, E - UInt256.One));
        Assert.Equal(UInt256.Zero, SlashingLib.BeaconSlashingFactor(100_000_000, 100_000_000));
    }

    [Fact]
    public void Dsf_update_first_deposit_divides_by_the_slashing_factor()
    {
        Assert.Equal(2 * E, SlashingLib.UpdateDepositScalingFactor(UInt256.Zero, UInt256.Zero, 5, E / 2));
        Assert.Equal(4 * E, SlashingLib.UpdateDepositScalingFactor(2 * E, UInt256.Zero, 5, E / 2));
    }

    [Fact]
    public void Dsf_update_with_prior_shares_keeps_withdrawable_equal_to_old_plus_added_up_to_rounding_down()
    {
        var k = SlashingLib.UpdateDepositScalingFactor(E, 100 * E, 100 * E, 75 * E / 100);
        Assert.Equal(U("1_166_666_666_666_666_666"), k);
        var after = SlashingLib.CalcWithdrawable(200 * E, k, 75 * E / 100);
        Assert.True(after <= 175 * E && 175 * E - after < 1000);
    }

    [Fact]
    public void Dsf_that_rounds_to_zero_reverts()
    {
        var e = Assert.Throws<RevertException>(() => SlashingLib.UpdateDepositScalingFactor(1, UInt256.Zero, 1, 2 * E));
        Assert.Equal(Errors.InvalidDepositScalingFactor, e.Error);
    }

    [Fact]
    public void A_stored_zero_scaling_factor_means_wad()
    {
        Assert.Equal(E, SlashingLib.ScalingFactor(UInt256.Zero));
        Assert.Equal(7 * E, SlashingLib.CalcWithdrawable(7 * E, UInt256.Zero, E));
        Assert.Equal(7 * E, SlashingLib.ScaleForQueueWithdrawal(7 * E, UInt256.Zero));
    }
}
