namespace Restake.Sandbox.Tests.EigenLayer;

/// <summary>Locates the repository root (the folder holding Restake.slnx) and the shared conformance vectors.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string EigenLayerVectors => Path.GetFullPath(Path.Combine(Root, "..", "shared", "conformance", "eigenlayer", "vectors"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Restake.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Restake.slnx not found above " + AppContext.BaseDirectory);
    }
}
