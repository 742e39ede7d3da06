namespace Restake.Sandbox;

/// <summary>Finds the project's shared material (<c>../shared/…</c> beside the repository) from wherever we run.</summary>
public static class SharedFolder
{
    /// <summary>
    /// The first existing <c>shared/<paramref name="relative"/></c> found walking up from the current directory and
    /// from the program's own directory; null when none exists.
    /// </summary>
    public static string? Find(string relative)
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
}
