using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Restake.Server.Dashboard;

/// <summary>Serves the dashboard's static files (embedded in the assembly) at the site root.</summary>
public static class DashboardEndpoints
{
    private static readonly Dictionary<string, (byte[] Body, string Type)> Files = Load();

    /// <summary>Adds the dashboard routes.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Serve("index.html")).ExcludeFromDescription();
        app.MapGet("/dashboard/{*file}", (string file) => Serve(file)).ExcludeFromDescription();
    }

    private static IResult Serve(string file) => Files.TryGetValue(file, out var f)
        ? Results.Bytes(f.Body, f.Type)
        : Results.NotFound();

    private static Dictionary<string, (byte[], string)> Load()
    {
        var asm = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("dashboard/", StringComparison.Ordinal)))
        {
            using var s = asm.GetManifestResourceStream(name)!;
            using var m = new MemoryStream();
            s.CopyTo(m);
            var path = name["dashboard/".Length..].Replace('\\', '/');
            files[path] = (m.ToArray(), ContentType(path));
        }

        return files;
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
