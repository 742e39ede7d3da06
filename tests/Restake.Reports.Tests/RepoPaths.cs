namespace Restake.Reports.Tests;

/// <summary>Paths of the repository the tests run from.</summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder holding Restake.slnx).</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Restake.slnx"))) return dir.FullName;
            throw new InvalidOperationException("Restake.slnx not found above the test binaries");
        }
    }

    /// <summary>A bundled scenario file.</summary>
    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name);
}
