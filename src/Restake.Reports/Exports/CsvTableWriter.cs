using System.Globalization;
using System.Text;

namespace Restake.Reports.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as RFC 4180 CSV: a header row, invariant round-trip numbers, quoted text when needed.</summary>
public static class CsvTableWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="file"/> (UTF-8, no BOM, "\n" line ends).</summary>
    public static void Write(ExportTable table, string file)
    {
        using var writer = new StreamWriter(file, false, new UTF8Encoding(false));
        Write(table, writer);
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/>.</summary>
    public static void Write(ExportTable table, TextWriter writer)
    {
        writer.Write(string.Join(",", table.Columns.Select(c => Quote(c.Name))));
        writer.Write('\n');
        var line = new StringBuilder();
        for (var row = 0; row < table.Rows; row++)
        {
            line.Clear();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (c > 0) line.Append(',');
                line.Append(Cell(table.Columns[c].Values, row));
            }

            line.Append('\n');
            writer.Write(line);
        }
    }

    private static string Cell(Array values, int row) => values switch
    {
        double[] d => d[row].ToString("R", CultureInfo.InvariantCulture),
        float[] f => f[row].ToString("R", CultureInfo.InvariantCulture),
        int[] i => i[row].ToString(CultureInfo.InvariantCulture),
        string[] s => Quote(s[row]),
        _ => throw new NotSupportedException($"column type {values.GetType()}"),
    };

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
