namespace Restake.Reports.Exports;

/// <summary>
/// A column-oriented table written the same way to CSV and Parquet: each column is a name and an array of one of
/// the supported element types (<see cref="string"/>, <see cref="int"/>, <see cref="float"/>, <see cref="double"/>), all of equal length.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns)
{
    /// <summary>Number of rows (the common length of the columns).</summary>
    public int Rows => Columns.Count == 0 ? 0 : Columns[0].Values.Length;
}

/// <summary>One column of an <see cref="ExportTable"/>: a name and its values (string[], int[], float[] or double[]).</summary>
public sealed record ExportColumn(string Name, Array Values)
{
    /// <summary>The element type of <see cref="Values"/>.</summary>
    public Type Type => Values.GetType().GetElementType()!;
}
