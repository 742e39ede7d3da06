using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Restake.Benchmarks.EigenLayer;

/// <summary>
/// Throughput column: steps per invocation (counted from the vector files by the host, not hard-coded) divided by the
/// mean time of one invocation.
/// </summary>
public sealed class StepsPerSecondColumn(Func<long> stepsPerInvocation) : IColumn
{
    public string Id => nameof(StepsPerSecondColumn);
    public string ColumnName => "Steps/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Replayed vector steps per second (steps per invocation / mean)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        return stats is null ? "NA" : (stepsPerInvocation() / (stats.Mean * 1e-9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
