using Restake.Numerics;

namespace Restake.Sandbox.Defi;

/// <summary>
/// Replays <c>defi-case/1</c> files against the <see cref="IDefiCaseEngine"/> evaluators and compares every expected
/// field exactly (a <c>revert</c> expectation compares the error name). Knows no engine itself.
/// </summary>
public sealed class DefiConformanceRunner
{
    private readonly Dictionary<string, IDefiCaseEngine> _engines = new(StringComparer.Ordinal);

    /// <summary>A runner over the given evaluators; two evaluators claiming one engine name is a programming error.</summary>
    public DefiConformanceRunner(IEnumerable<IDefiCaseEngine> evaluators)
    {
        foreach (var evaluator in evaluators)
        foreach (var name in evaluator.Engines)
        {
            if (!_engines.TryAdd(name, evaluator))
                throw new InvalidOperationException(
                    $"engine '{name}' is claimed by both {_engines[name].GetType().Name} and {evaluator.GetType().Name}");
        }
    }

    /// <summary>A runner over every concrete <see cref="IDefiCaseEngine"/> in this assembly.</summary>
    public static DefiConformanceRunner Discover() =>
        new(typeof(DefiConformanceRunner).Assembly.GetTypes()
            .Where(t => typeof(IDefiCaseEngine).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IDefiCaseEngine)Activator.CreateInstance(t)!));

    /// <summary>Engine names with an evaluator.</summary>
    public IReadOnlyCollection<string> Engines => _engines.Keys;

    /// <summary>Every <c>*.json</c> file of <paramref name="path"/> (a directory) or the file itself, sorted by name.</summary>
    public static IReadOnlyList<string> CaseFiles(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw InputException.At(path, null, null, "no such file or directory");
        return Directory.GetFiles(path, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
    }

    /// <summary>Loads and replays one file.</summary>
    public DefiFileReport RunFile(string path) => Run(DefiCaseLoader.Load(path));

    /// <summary>Replays every case of a loaded file.</summary>
    public DefiFileReport Run(DefiCaseFile file)
    {
        var mismatches = new List<DefiMismatch>();
        var passed = 0;
        foreach (var testCase in file.Cases)
        {
            var caseMismatches = RunCase(testCase);
            if (caseMismatches.Count == 0) passed++;
            mismatches.AddRange(caseMismatches);
        }

        return new DefiFileReport(file.File, file.Group, file.Cases.Count, passed, mismatches);
    }

    /// <summary>Replays one case; an empty list means every expected field matched.</summary>
    public IReadOnlyList<DefiMismatch> RunCase(DefiCase testCase)
    {
        if (!_engines.TryGetValue(testCase.Engine, out var evaluator))
            return [new DefiMismatch(testCase.Name, "engine", $"an evaluator for '{testCase.Engine}'", "no evaluator registered")];

        IReadOnlyDictionary<string, string> actual;
        try
        {
            actual = evaluator.Evaluate(testCase);
        }
        catch (RevertException e)
        {
            actual = new Dictionary<string, string> { ["revert"] = e.Error };
        }

        var mismatches = new List<DefiMismatch>();
        actual.TryGetValue("revert", out var actualRevert);
        foreach (var (field, node) in testCase.Expect)
        {
            var expected = node!.GetValue<string>();
            string shown;
            if (field == "revert") shown = actualRevert is null ? "(no revert)" : actualRevert;
            else if (actualRevert is not null) shown = $"(reverted {actualRevert})";
            else shown = actual.TryGetValue(field, out var value) ? value : "(not produced)";
            if (!string.Equals(expected, shown, StringComparison.Ordinal))
                mismatches.Add(new DefiMismatch(testCase.Name, field, expected, shown));
        }

        return mismatches;
    }
}
