using Restake.Analysis.Security;
using Restake.Analysis.Security.Solving;

namespace Restake.Analysis.Tests.Security;

public class ConformanceFileTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(SharedPaths.SecurityConformance, "*.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Fact]
    public void The_shared_folder_has_files() => Assert.True(Files().Count >= 14);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_expectation_holds_with_cp_sat(string file)
    {
        var c = NetworkLoader.LoadFile(Path.Combine(SharedPaths.SecurityConformance, file));
        Assert.NotNull(c.Expect);
        var outcome = ConformanceCheck.Run(c, new SolverOptions(SolverKind.CpSat));
        Assert.True(outcome.Passed, string.Join("; ", outcome.Mismatches.Select(m => $"{m.Field}: expected {m.Expected}, got {m.Actual}")));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_expectation_holds_with_scip(string file)
    {
        var c = NetworkLoader.LoadFile(Path.Combine(SharedPaths.SecurityConformance, file));
        var outcome = ConformanceCheck.Run(c, new SolverOptions(SolverKind.Scip));
        Assert.True(outcome.Passed, string.Join("; ", outcome.Mismatches.Select(m => $"{m.Field}: expected {m.Expected}, got {m.Actual}")));
    }
}
