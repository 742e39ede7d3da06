using System.Globalization;
using CsCheck;
using Restake.Reports.Exports;

namespace Restake.Reports.Tests.Exports;

/// <summary>
/// The buffered CSV writer gives, cell for cell, the text of the plain definition (round-trip numbers, invariant
/// culture, RFC 4180 quoting) for tables of every shape, including long cells that outgrow the line buffer and ids
/// repeated by reference or by value.
/// </summary>
public class CsvTableWriterTests
{
    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static string Reference(ExportTable table)
    {
        var lines = new List<string> { string.Join(",", table.Columns.Select(c => Quote(c.Name))) };
        for (var row = 0; row < table.Rows; row++)
            lines.Add(string.Join(",", table.Columns.Select(c => c.Values switch
            {
                double[] d => d[row].ToString("R", CultureInfo.InvariantCulture),
                float[] f => f[row].ToString("R", CultureInfo.InvariantCulture),
                int[] i => i[row].ToString(CultureInfo.InvariantCulture),
                string[] s => Quote(s[row]),
                _ => throw new NotSupportedException(),
            })));
        return string.Concat(lines.Select(l => l + "\n"));
    }

    private static readonly Gen<string> Text =
        Gen.OneOf(Gen.String[Gen.Char["a,\"\n\rz 0"], 0, 12], Gen.String[Gen.Char.AlphaNumeric, 200, 700]);

    private static Gen<ExportColumn> Column(int rows) => Gen.Int[0, 3].SelectMany(kind => kind switch
    {
        0 => Gen.OneOf(Gen.Double, Gen.Const(double.NaN), Gen.Const(double.NegativeInfinity), Gen.Const(-0.0), Gen.Const(double.Epsilon))
            .Array[rows].Select(v => new ExportColumn("d", v)),
        1 => Gen.Float.Array[rows].Select(v => new ExportColumn("f", v)),
        2 => Gen.Int.Array[rows].Select(v => new ExportColumn("i,n", v)),
        // A few distinct ids, each repeated (the same instance or an equal copy) as the path tables do.
        _ => Gen.Select(Text.Array[1, 3], Gen.Int[0, 2].Array[rows], Gen.Bool.Array[rows]).Select((ids, pick, copy) =>
            new ExportColumn("id \"x\"", Enumerable.Range(0, rows)
                .Select(r => copy[r] ? new string(ids[pick[r] % ids.Length]) : ids[pick[r] % ids.Length]).ToArray())),
    });

    [Fact]
    public void Writes_what_the_plain_definition_writes()
    {
        Gen.Int[0, 30].SelectMany(rows => Gen.Int[1, 6].SelectMany(n => Column(rows).Array[n]))
            .Sample(columns =>
            {
                var table = new ExportTable("t", columns);
                var writer = new StringWriter();
                CsvTableWriter.Write(table, writer);
                Assert.Equal(Reference(table), writer.ToString());
            }, iter: 2_000);
    }
}
