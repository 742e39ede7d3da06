namespace Restake.Sandbox.Tests.Defi;

/// <summary>Locates the shared defi conformance folder from the test's working directory.</summary>
internal static class DefiConformanceFiles
{
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "conformance", "defi");
                if (System.IO.Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Restake.slnx")))
                    return Path.GetFullPath(candidate);
            }

            throw new DirectoryNotFoundException("../shared/conformance/defi not found above the test directory");
        }
    }

    public static string PathOf(string group) => Path.Combine(Directory, group + ".json");
}
