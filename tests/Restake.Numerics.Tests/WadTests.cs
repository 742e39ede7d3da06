using CsCheck;
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

    /// <summary>Operands that hit the exact shortcuts (1.0, a value divided by itself) as well as arbitrary ones.</summary>
    private static readonly Gen<UInt256> Operand = Gen.OneOf(
        Gen.Const(Wad.One), Gen.Const(UInt256.Zero), Gen.Const(UInt256.MaxValue),
        UInt256Tests.AnyValue.Select(UInt256.FromBigInteger));

    [Fact]
    public void Wad_helpers_equal_their_muldiv_definitions_including_the_shortcuts()
    {
        static void Same(Func<UInt256> expected, Func<UInt256> actual)
        {
            UInt256? e = null;
            string? error = null;
            try { e = expected(); }
            catch (RevertException ex) { error = ex.Error; }
            if (error is null) Assert.Equal(e, actual());
            else Assert.Equal(error, Assert.Throws<RevertException>(() => actual()).Error);
        }

        Gen.Select(Operand, Operand, Gen.Bool).Sample((x, y, same) =>
        {
            if (same) y = x;
            Same(() => UInt256.MulDiv(x, y, Wad.One, Rounding.Down), () => Wad.MulWad(x, y));
            Same(() => UInt256.MulDiv(x, y, Wad.One, Rounding.Up), () => Wad.MulWadRoundUp(x, y));
            Same(() => UInt256.MulDiv(x, Wad.One, y, Rounding.Down), () => Wad.DivWad(x, y));
            Same(() => UInt256.MulDiv(x, Wad.One, y, Rounding.Up), () => Wad.DivWadRoundUp(x, y));
        }, iter: 20_000);
    }
}
