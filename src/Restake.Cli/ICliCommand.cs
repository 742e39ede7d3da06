using System.CommandLine;

namespace Restake.Cli;

/// <summary>
/// One command of the <c>restake</c> tree. Implementations are discovered by reflection, so each feature adds its
/// verbs in its own file; <see cref="Parent"/> places the command under a group verb (e.g. <c>conformance</c>).
/// </summary>
public interface ICliCommand
{
    /// <summary>Path of group verbs above this command; empty for a top-level verb.</summary>
    IReadOnlyList<string> Parent { get; }

    /// <summary>Position among its siblings in help output (lower first).</summary>
    int Order => 100;

    /// <summary>Creates the command with its options and action.</summary>
    Command Create();
}
