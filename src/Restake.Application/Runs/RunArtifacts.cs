using System.Reflection;

namespace Restake.Application.Runs;

/// <summary>
/// Finds the <see cref="IRunArtifactWriter"/> implementations of the loaded Restake assemblies and writes a run's
/// output directory atomically: everything goes into a staging directory next to the target, which is renamed into
/// place only when every writer succeeded.
/// </summary>
public static class RunArtifacts
{
    /// <summary>
    /// Writers found in the loaded assemblies whose name starts with "Restake", ordered by (Order, type name). The
    /// Restake assemblies referenced by the entry assembly and by <paramref name="host"/> (the caller's own assembly,
    /// which matters when the entry is a test host or a server) are loaded first so none is missed.
    /// </summary>
    public static IReadOnlyList<IRunArtifactWriter> Discover(Assembly? host = null)
    {
        foreach (var root in new[] { Assembly.GetEntryAssembly(), host })
            if (root is not null)
                foreach (var name in root.GetReferencedAssemblies())
                    if (name.Name?.StartsWith("Restake", StringComparison.Ordinal) == true)
                        Assembly.Load(name);
        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Restake", StringComparison.Ordinal) == true)
            .SelectMany(SafeTypes)
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IRunArtifactWriter).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .Distinct()
            .Select(t => (IRunArtifactWriter)Activator.CreateInstance(t)!)
            .OrderBy(w => w.Order).ThenBy(w => w.GetType().FullName, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// Writes <paramref name="result"/> with <paramref name="writers"/> (default: discovered) into
    /// <paramref name="directory"/>, replacing files of the same name there; on failure nothing new is left behind.
    /// </summary>
    public static void Write(RunResult result, string directory, IReadOnlyList<IRunArtifactWriter>? writers = null)
    {
        writers ??= Discover();
        var target = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var writer in writers) writer.Write(result, staging);
            if (!Directory.Exists(target))
            {
                Directory.Move(staging, target);
                return;
            }

            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(staging, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(file, destination, overwrite: true);
            }

            Directory.Delete(staging, recursive: true);
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
