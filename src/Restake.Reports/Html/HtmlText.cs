using System.Globalization;
using System.Net;
using System.Text;

namespace Restake.Reports.Html;

/// <summary>Escaping, number formats and table markup for the report (well-formed XHTML, so parsers can check it).</summary>
public static class HtmlText
{
    /// <summary>Text escaped for element content and attribute values.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A fraction as a percentage with <paramref name="digits"/> decimals ("3.21 %"); "–" for null or not finite.</summary>
    public static string Percent(double? fraction, int digits = 2) =>
        fraction is { } f && double.IsFinite(f) ? (f * 100).ToString("F" + digits, CultureInfo.InvariantCulture) + " %" : "–";

    /// <summary>A number with <paramref name="digits"/> decimals and thousands separators; "–" for null or not finite.</summary>
    public static string Number(double? value, int digits = 4) =>
        value is { } v && double.IsFinite(v) ? v.ToString("N" + digits, CultureInfo.InvariantCulture) : "–";

    /// <summary>A table with a header row and one row per item; cells are escaped text.</summary>
    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? cssClass = null)
    {
        var html = new StringBuilder();
        html.Append(cssClass is null ? "<table>" : $"<table class=\"{Escape(cssClass)}\">");
        html.Append("<thead><tr>");
        foreach (var h in headers) html.Append("<th>").Append(Escape(h)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(Escape(cell)).Append("</td>");
            html.Append("</tr>");
        }

        return html.Append("</tbody></table>\n").ToString();
    }
}
