namespace Restake.Cli.Output;

/// <summary>Turns command-line path arguments into the input files a verb reads.</summary>
public static class InputPaths
{
    /// <summary>
    /// Expands arguments that are files or folders into files with one of <paramref name="extensions"/>, sorted by
    /// name; a missing path is an <see cref="InputException"/>. With no arguments, <paramref name="defaultShared"/> is used.
    /// </summary>
    public static IReadOnlyList<string> ExpandInputs(IReadOnlyList<string>? paths, string defaultShared, params string[] extensions)
    {
        if (paths is null || paths.Count == 0)
        {
            var found = Restake.Sandbox.SharedFolder.Find(defaultShared)
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
