using Restake.Numerics;

namespace Restake.Numerics.Tests;

public class WadTests
{
    [Fact]
    public void Wad_helpers_round_in_their_named_direction()
    {
        UInt256 third = UInt256.Parse("333333333333333333");
        Assert.Equal(UInt256.Parse("333333333333333333"), Wad.MulWad(third, Wad.One));
        Assert.Equal((UInt256)0, Wad.MulWad(1, third)); // 0.333… floors to 0
        Assert.Equal((UInt256)1, Wad.MulWadRoundUp(1, third));
        Assert.Equal(UInt256.Parse("3000000000000000004"), Wad.DivWadRoundUp(Wad.One, third));
        Assert.Equal(UInt256.Parse("3000000000000000003"), Wad.DivWad(Wad.One, third));
        Assert.Equal(UInt256.Parse("333333333333333333"), Wad.DivWad(1, 3));
        Assert.Equal(UInt256.Parse("333333333333333334"), Wad.DivWadRoundUp(1, 3));
    }

    [Fact]
    public void DivWad_by_zero_is_a_division_panic() =>
        Assert.Equal(Panic.DivisionByZero, Assert.Throws<RevertException>(() => Wad.DivWad(1, 0)).Error);
}
