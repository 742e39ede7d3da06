namespace Restake.Analysis.Tests.Security;

/// <summary>Locates the shared reference folder (../shared from the repository root).</summary>
internal static class SharedPaths
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Restake.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public static string SecurityConformance => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "conformance", "security"));
}
