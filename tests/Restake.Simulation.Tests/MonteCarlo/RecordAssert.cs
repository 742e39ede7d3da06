using Restake.Simulation.MonteCarlo;

namespace Restake.Simulation.Tests.MonteCarlo;

/// <summary>Equality of two path records' figures, bit for bit (the recorded points are compared by each test as it needs).</summary>
internal static class RecordAssert
{
    public static void SameFigures(PathRecord expected, PathRecord actual)
    {
        Assert.Equal(expected.FinalWealth, actual.FinalWealth);
        Assert.Equal(expected.Layers, actual.Layers);
        Assert.Equal(expected.MaxDrawdown, actual.MaxDrawdown);
        Assert.Equal(expected.Liquidations, actual.Liquidations);
        Assert.Equal(expected.BadDebt, actual.BadDebt);
        Assert.Equal(expected.MinPrice, actual.MinPrice);
        Assert.Equal(expected.DaysBelowPeg, actual.DaysBelowPeg);
        Assert.Equal(expected.FinalNav, actual.FinalNav);
    }
}
