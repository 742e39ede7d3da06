namespace Restake.Cli.Output;

/// <summary>Finds the project's shared material (<c>../shared/…</c> beside the repository) from wherever we run.</summary>
public static class RepoPaths
{
    /// <summary>
    /// The first existing <c>shared/<paramref name="relative"/></c> found walking up from the current directory and
    /// from the program's own directory; null when none exists.
    /// </summary>
    public static string? FindShared(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", relative);
                if (Directory.Exists(candidate) || File.Exists(candidate)) return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Expands arguments that are files or folders into files with one of <paramref name="extensions"/>, sorted by
    /// name; a missing path is an <see cref="InputException"/>. With no arguments, <paramref name="defaultShared"/> is used.
    /// </summary>
    public static IReadOnlyList<string> ExpandInputs(IReadOnlyList<string>? paths, string defaultShared, params string[] extensions)
    {
        if (paths is null || paths.Count == 0)
        {
            var found = FindShared(defaultShared)
                        ?? throw new InputException($"no path given and ../shared/{defaultShared} was not found");
            paths = [found];
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                throw new InputException($"{path}: no such file or folder");
        }

        return files;
    }
}
