namespace Restake.Sandbox.Tests.Defi.Engines;

/// <summary>Locates this project's own staking/LRT case files (tests/Restake.Sandbox.Tests/Defi/Engines/Cases).</summary>
internal static class StakingCaseFiles
{
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "Restake.slnx"))) continue;
                return Path.Combine(dir.FullName, "tests", "Restake.Sandbox.Tests", "Defi", "Engines", "Cases");
            }

            throw new DirectoryNotFoundException("repository root (Restake.slnx) not found above the test directory");
        }
    }

    public static string PathOf(string file) => Path.Combine(Directory, file);
}
