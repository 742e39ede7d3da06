using System.Globalization;
using System.Text;

namespace Restake.Reports.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as RFC 4180 CSV: a header row, invariant round-trip numbers, quoted text when needed.</summary>
public static class CsvTableWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="file"/> (UTF-8, no BOM, "\n" line ends).</summary>
    public static void Write(ExportTable table, string file)
    {
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        Write(table, writer);
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/>.</summary>
    /// <remarks>
    /// Cells are formatted straight into one reused line buffer (the same text as <c>ToString("R")</c> and
    /// <c>ToString()</c> give, without a string per cell); a text column's last quoted value is reused, since long
    /// tables repeat each id over many rows.
    /// </remarks>
    public static void Write(ExportTable table, TextWriter writer)
    {
        writer.Write(string.Join(",", table.Columns.Select(c => Quote(c.Name))));
        writer.Write('\n');
        var columns = table.Columns.Select(c => c.Values).ToArray();
        var lastText = new string?[columns.Length];
        var lastQuoted = new string[columns.Length];
        var line = new char[256];
        for (var row = 0; row < table.Rows; row++)
        {
            var at = 0;
            for (var c = 0; c < columns.Length; c++)
            {
                if (c > 0) Put(ref line, ref at, ',');
                int written;
                while (!TryCell(columns[c], row, line.AsSpan(at), out written, ref lastText[c], ref lastQuoted[c]))
                    Array.Resize(ref line, line.Length * 2);
                at += written;
            }

            Put(ref line, ref at, '\n');
            writer.Write(line, 0, at);
        }
    }

    private static void Put(ref char[] line, ref int at, char ch)
    {
        if (at == line.Length) Array.Resize(ref line, line.Length * 2);
        line[at++] = ch;
    }

    private static bool TryCell(Array values, int row, Span<char> into, out int written, ref string? lastText, ref string lastQuoted)
    {
        switch (values)
        {
            case double[] d:
                return d[row].TryFormat(into, out written, "R", CultureInfo.InvariantCulture);
            case float[] f:
                return f[row].TryFormat(into, out written, "R", CultureInfo.InvariantCulture);
            case int[] i:
                return i[row].TryFormat(into, out written, default, CultureInfo.InvariantCulture);
            case string[] s:
                var text = s[row];
                if (!ReferenceEquals(text, lastText))
                {
                    lastText = text;
                    lastQuoted = Quote(text);
                }

                written = lastQuoted.Length;
                return lastQuoted.AsSpan().TryCopyTo(into);
            default:
                throw new NotSupportedException($"column type {values.GetType()}");
        }
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
