using Restake.Numerics;
using Restake.Protocols.Lending;

namespace Restake.Protocols.Tests.Lending;

public class LeverageLoopTests
{
    [Fact]
    public void NinetyPercentLoanToValueIsTenTimes() =>
        Assert.Equal(new Rational(10, 1), LeverageLoop.LeverageAtHealthFactor(9_000, Wad.One));

    [Fact]
    public void ExactFractionNotARoundedOne() =>
        Assert.Equal(new Rational(202, 9), LeverageLoop.LeverageAtHealthFactor(9_650, 1_010_000_000_000_000_000UL));

    [Fact]
    public void AtOrBelowTheThresholdThereIsNoFiniteLoop()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LeverageLoop.LeverageAtHealthFactor(9_500, 950_000_000_000_000_000UL));
        Assert.Throws<ArgumentOutOfRangeException>(() => LeverageLoop.LeverageAtHealthFactor(9_500, UInt256.Zero));
    }
}
