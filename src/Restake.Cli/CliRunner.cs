using System.CommandLine;

namespace Restake.Cli;

/// <summary>Runs the command tree, turning user-input errors into one message and a non-zero exit code.</summary>
public static class CliRunner
{
    /// <summary>Exit code for bad input (a file, flag or field the user must fix).</summary>
    public const int InputError = 2;

    /// <summary>Parses and invokes; <see cref="InputException"/> prints "error: …" to stderr and returns 2.</summary>
    public static int Run(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var config = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (InputException e)
        {
            config.Error.WriteLine($"error: {e.Message}");
            return InputError;
        }
    }
}
