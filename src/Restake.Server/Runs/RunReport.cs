using System.Globalization;
using System.Net;
using System.Text;

namespace Restake.Server.Runs;

/// <summary>Renders a run's summary as one self-contained HTML page (tables and inline SVG, no scripts).</summary>
public static class RunReport
{
    /// <summary>The report page.</summary>
    public static string Html(RunRecord run, RunSummary summary)
    {
        var sb = new StringBuilder();
        sb.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Run ").Append(E(run.Id)).Append("</title>")
          .Append("<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{text-align:left}</style></head><body>");
        sb.Append("<h1>Run ").Append(E(run.Id)).Append("</h1><p>Mode <b>").Append(E(run.Mode)).Append("</b>, seed ").Append(run.Seed)
          .Append(", ").Append(run.Paths.ToString("N0", CultureInfo.InvariantCulture)).Append(" paths");
        if (run.ScenarioId is not null) sb.Append(", scenario ").Append(E(run.ScenarioId)).Append(" v").Append(run.ScenarioVersion);
        sb.Append(".</p><h2>Metrics</h2><table>");
        foreach (var (name, value) in summary.Metrics)
            sb.Append("<tr><th>").Append(E(name)).Append("</th><td>").Append(value.ToString("G6", CultureInfo.InvariantCulture)).Append("</td></tr>");
        sb.Append("</table>");
        if (summary.YieldStack.Count > 0)
        {
            sb.Append("<h2>Yield by layer</h2><table>");
            foreach (var layer in summary.YieldStack)
                sb.Append("<tr><th>").Append(E(layer.Layer)).Append("</th><td>").Append(layer.Mean.ToString("P3", CultureInfo.InvariantCulture)).Append("</td></tr>");
            sb.Append("</table>");
        }

        if (summary.LossDistribution is { } h) sb.Append("<h2>Loss distribution</h2>").Append(HistogramSvg(h));
        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static string HistogramSvg(Histogram h)
    {
        const int width = 600, height = 200;
        var max = Math.Max(1, h.Counts.Max());
        var bar = (double)width / h.Counts.Count;
        var sb = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height + 20}\">");
        for (var i = 0; i < h.Counts.Count; i++)
        {
            var bh = height * h.Counts[i] / (double)max;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{i * bar:F1}\" y=\"{height - bh:F1}\" width=\"{bar - 1:F1}\" height=\"{bh:F1}\" fill=\"#c0392b\"/>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{height + 15}\">{h.Min:P2}</text><text x=\"{width}\" y=\"{height + 15}\" text-anchor=\"end\">{h.Max:P2}</text></svg>");
        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
