using System.CommandLine;

namespace Restake.Cli.Tests;

/// <summary>Runs the real command tree in-process and captures what a user would see.</summary>
public static class CliHarness
{
    /// <summary>Exit code, standard output and standard error of <c>restake ARGS</c>.</summary>
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliRunner.Run(CommandCatalog.Build(new RootCommand()), args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The repository root (the folder holding Restake.slnx).</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Restake.slnx"))) return dir.FullName;
            throw new InvalidOperationException("Restake.slnx not found above the test binaries");
        }
    }

    /// <summary>A path under ../shared beside the repository.</summary>
    public static string Shared(string relative) => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", relative));
}
