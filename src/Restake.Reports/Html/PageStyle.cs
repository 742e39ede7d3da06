namespace Restake.Reports.Html;

/// <summary>The style sheet the report pages share (inlined into each page).</summary>
public static class PageStyle
{
    /// <summary>Layout, tables, figures and verdict colours.</summary>
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem 2rem; color: #222; }
        header { border-bottom: 1px solid #ddd; margin-bottom: 1rem; }
        h1 { margin-bottom: 0.2rem; } h1 .vs { color: #888; font-weight: normal; }
        h2 { border-bottom: 1px solid #eee; padding-bottom: 0.2rem; margin-top: 2rem; }
        .meta { color: #666; font-size: 0.9rem; } nav a { margin: 0 0.2rem; }
        table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.85rem; display: block; overflow-x: auto; max-width: 100%; }
        th, td { border: 1px solid #ddd; padding: 0.25rem 0.5rem; } th { background: #f5f5f5; text-align: left; }
        table.numbers td + td { text-align: right; font-variant-numeric: tabular-nums; }
        table.bands td:last-child { text-align: left; }
        figure.chart { margin: 1rem 0; } figure.chart svg { max-width: 100%; height: auto; }
        figcaption { color: #555; font-size: 0.85rem; } .none { color: #777; font-style: italic; }
        .pass { color: #1a7f37; font-weight: 600; } .fail { color: #c62828; font-weight: 600; } .verdict { font-weight: 600; }
        """;
}
