using Parquet;
using Parquet.Schema;

namespace Restake.Reports.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as one Parquet row group with required (non-null) columns.</summary>
public static class ParquetTableWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="file"/>.</summary>
    public static void Write(ExportTable table, string file)
    {
        using var stream = File.Create(file);
        WriteAsync(table, stream).GetAwaiter().GetResult();
    }

    private static async Task WriteAsync(ExportTable table, Stream stream)
    {
        var fields = table.Columns.Select(Field).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            switch (table.Columns[c].Values)
            {
                case double[] d:
                    await group.WriteAsync<double>(fields[c], d);
                    break;
                case float[] f:
                    await group.WriteAsync<float>(fields[c], f);
                    break;
                case int[] i:
                    await group.WriteAsync<int>(fields[c], i);
                    break;
                case string[] s:
                    await group.WriteAsync(fields[c], s);
                    break;
                default:
                    throw new NotSupportedException($"column type {table.Columns[c].Type}");
            }
        }
    }

    private static DataField Field(ExportColumn column) => column.Values switch
    {
        double[] => new DataField<double>(column.Name),
        float[] => new DataField<float>(column.Name),
        int[] => new DataField<int>(column.Name),
        string[] => new DataField<string>(column.Name, false),
        _ => throw new NotSupportedException($"column type {column.Type}"),
    };
}
