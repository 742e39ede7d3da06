using System.Xml.Linq;

namespace Restake.Reports.Tests.Html;

/// <summary>Reads the page as XML and counts what a chart draws.</summary>
public static class SvgProbe
{
    /// <summary>The page parsed as XML (the HTML5 doctype removed: XML parsers refuse DTDs).</summary>
    public static XDocument Parse(string html) =>
        XDocument.Parse(html.Replace("<!DOCTYPE html>", "", StringComparison.Ordinal));

    /// <summary>Elements by local name, ignoring namespaces.</summary>
    public static IEnumerable<XElement> All(XContainer root, string name) => root.Descendants().Where(e => e.Name.LocalName == name);

    /// <summary>The element with id <paramref name="id"/>, or null.</summary>
    public static XElement? ById(XDocument doc, string id) => doc.Descendants().FirstOrDefault(e => (string?)e.Attribute("id") == id);

    /// <summary>Drawn shapes (paths, rectangles, lines, polylines, circles) inside <paramref name="root"/>.</summary>
    public static int Shapes(XElement root) =>
        root.Descendants().Count(e => e.Name.LocalName is "path" or "rect" or "line" or "polyline" or "polygon" or "circle" or "ellipse");
}
