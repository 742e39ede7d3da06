using Restake.Sandbox.Defi;

namespace Restake.Sandbox.Tests.Defi;

public class DefiConformanceTests
{
    private static readonly DefiConformanceRunner Runner = DefiConformanceRunner.Discover();

    [Theory]
    [InlineData("curve-stableswap-legacy")]
    [InlineData("curve-stableswap-ng")]
    [InlineData("aave-v3.3")]
    [InlineData("morpho-blue")]
    [InlineData("leverage")]
    public void EveryCaseOfTheFileMatches(string group)
    {
        var report = Runner.RunFile(DefiConformanceFiles.PathOf(group));
        Assert.True(report.Cases > 0);
        Assert.True(report.Passed, string.Join("\n", report.Mismatches.Select(m => $"{m.Case}: {m.Field}: expected {m.Expected}, got {m.Actual}")));
        Assert.Equal(report.Cases, report.CasesPassed);
    }
}
