using Restake.Sandbox.EigenLayer;

namespace Restake.Sandbox.Tests.EigenLayer;

public class VectorReplayTests
{
    public static TheoryData<string> VectorFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.EigenLayerVectors, "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Fact]
    public void The_vector_folder_is_found_and_not_empty() =>
        Assert.True(Directory.GetFiles(RepoPaths.EigenLayerVectors, "*.json").Length >= 9);

    [Theory]
    [MemberData(nameof(VectorFiles))]
    public void Vector_replays_without_mismatches(string file)
    {
        var report = ElScriptRunner.CheckFile(Path.Combine(RepoPaths.EigenLayerVectors, file));
        Assert.True(report.Passed, $"{report.Mismatches.Count} mismatches in {report.FailingSteps} steps:\n" +
                                   string.Join("\n", report.Mismatches.Take(25)));
    }
}
