namespace Restake.Server.Runs;

/// <summary>The run modes this process can execute, by name.</summary>
public sealed class RunExecutors(IEnumerable<IRunExecutor> executors)
{
    private readonly Dictionary<string, IRunExecutor> byMode = executors.ToDictionary(e => e.Mode, StringComparer.Ordinal);

    /// <summary>Every available mode, sorted by name.</summary>
    public IReadOnlyList<IRunExecutor> All => [.. byMode.Values.OrderBy(e => e.Mode, StringComparer.Ordinal)];

    /// <summary>The executor of a mode, or null when this process has none.</summary>
    public IRunExecutor? Find(string mode) => byMode.GetValueOrDefault(mode);
}
