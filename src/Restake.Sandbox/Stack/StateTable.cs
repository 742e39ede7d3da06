using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Restake.Numerics;

namespace Restake.Sandbox.Stack;

/// <summary>A column: its header and the decimals of its raw integers (18 for wei and WAD, 8 for USD prices, 0 for text).</summary>
public sealed record StateColumn(string Header, int Decimals = 0);

/// <summary>
/// One state table of one engine. Cells hold raw values (exact integers as decimal strings, or names);
/// <see cref="Format"/> shows an integer column as an exact decimal number of units.
/// </summary>
public sealed record StateTable(string Engine, string Title, IReadOnlyList<StateColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The value of a cell for display: <c>53680000000000000000000</c> with 18 decimals is <c>53680</c>, 2^256−1 is <c>max</c>.</summary>
    public static string Format(string raw, int decimals)
    {
        if (decimals == 0 || !BigInteger.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return raw;
        if (v == UInt256.MaxValue.ToBigInteger()) return "max";
        var scale = BigInteger.Pow(10, decimals);
        var whole = BigInteger.DivRem(v, scale, out var rest);
        var wholeText = whole.ToString("N0", CultureInfo.InvariantCulture);
        if (rest.IsZero) return wholeText;
        return wholeText + "." + rest.ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0').TrimEnd('0');
    }

    /// <summary>Rows as JSON objects keyed by column header, raw values.</summary>
    public JsonArray ToJson() => new(Rows.Select(r =>
    {
        var o = new JsonObject();
        for (var k = 0; k < Columns.Count; k++) o[Columns[k].Header] = r[k];
        return (JsonNode?)o;
    }).ToArray());
}
