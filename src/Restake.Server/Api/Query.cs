using System.Globalization;
using Microsoft.AspNetCore.Http;
using Restake.Server.Problems;

namespace Restake.Server.Api;

/// <summary>Typed query-string reads whose errors name the parameter.</summary>
public static class Query
{
    /// <summary>An optional integer parameter.</summary>
    public static long? Long(HttpContext ctx, string name)
    {
        var text = ctx.Request.Query[name].ToString();
        if (text.Length == 0) return null;
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v : throw new InvalidFieldException(name, $"'{text}' is not an integer");
    }

    /// <summary>An optional text parameter.</summary>
    public static string? Text(HttpContext ctx, string name)
    {
        var text = ctx.Request.Query[name].ToString();
        return text.Length == 0 ? null : text;
    }
}
