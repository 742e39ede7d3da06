using System.CommandLine;
using Spectre.Console;

namespace Restake.Cli.Output;

/// <summary>A Spectre console that writes to the invocation's output writer (so tests can capture tables).</summary>
public static class Terminal
{
    /// <summary>Console for <paramref name="result"/>'s output; plain text when the output is not a terminal.</summary>
    public static IAnsiConsole For(ParseResult result)
    {
        var writer = result.InvocationConfiguration.Output;
        var interactive = IsInteractive(result);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Wei amounts are long: a file or pipe gets wide rows rather than wrapped digits.
        if (!interactive) console.Profile.Width = 200;
        return console;
    }

    /// <summary>Whether <paramref name="result"/>'s output is a live terminal (progress bars only make sense there).</summary>
    public static bool IsInteractive(ParseResult result) =>
        ReferenceEquals(result.InvocationConfiguration.Output, Console.Out) && !Console.IsOutputRedirected;
}
