using System.CommandLine;

namespace Restake.Cli;

/// <summary>Builds the <c>restake</c> command tree from every <see cref="ICliCommand"/> in this assembly.</summary>
public static class CommandCatalog
{
    private static readonly Dictionary<string, string> GroupDescriptions = new()
    {
        ["sandbox"] = "Drive protocol engines from operation scripts and inspect their state.",
        ["conformance"] = "Replay recorded behaviour of real systems and report every mismatch.",
        ["security"] = "Cryptoeconomic security of restaking networks.",
        ["scenario"] = "Work with scenario files.",
        ["bench"] = "Fixed performance workloads.",
    };

    /// <summary>Adds every discovered command to <paramref name="root"/>, creating group verbs on demand.</summary>
    public static RootCommand Build(RootCommand root)
    {
        var commands = typeof(CommandCatalog).Assembly.GetTypes()
            .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Parent.Count).ThenBy(c => c.Order).ThenBy(c => c.GetType().Name, StringComparer.Ordinal);
        foreach (var spec in commands)
        {
            Command parent = root;
            foreach (var name in spec.Parent)
            {
                var existing = parent.Subcommands.FirstOrDefault(s => s.Name == name);
                if (existing is null)
                {
                    existing = new Command(name, GroupDescriptions.GetValueOrDefault(name, name));
                    parent.Subcommands.Add(existing);
                }

                parent = existing;
            }

            parent.Subcommands.Add(spec.Create());
        }

        return root;
    }
}
