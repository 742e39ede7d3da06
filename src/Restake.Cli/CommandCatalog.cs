using System.CommandLine;

namespace Restake.Cli;

/// <summary>Every top-level verb of the <c>restake</c> command, in help order.</summary>
public static class CommandCatalog
{
    /// <summary>Creates fresh instances of all top-level commands.</summary>
    public static IEnumerable<Command> All()
    {
        yield break;
    }
}
