using Restake.Analysis.Security.Solving;
using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>One asserted field of a network file and whether the analysis reproduced it.</summary>
public sealed record ConformanceMismatch(string Field, string Expected, string Actual);

/// <summary>Outcome for one file.</summary>
public sealed record ConformanceOutcome(string File, IReadOnlyList<ConformanceMismatch> Mismatches)
{
    /// <summary>True when every asserted field matched.</summary>
    public bool Passed => Mismatches.Count == 0;
}

/// <summary>Checks a network file's <c>expect</c> block against the analysis; only proven answers can match.</summary>
public static class ConformanceCheck
{
    /// <summary>Runs the file's assertions.</summary>
    public static ConformanceOutcome Run(SecurityCase c, SolverOptions? options = null)
    {
        var mismatches = new List<ConformanceMismatch>();
        var e = c.Expect;
        if (e is null) return new ConformanceOutcome(c.File, mismatches);
        var g = c.Network;
        var exact = new ExactAnalysis(g, options);
        void Compare(string field, string expected, string actual, bool proven)
        {
            if (!proven) actual += " (not proven)";
            if (expected != actual) mismatches.Add(new ConformanceMismatch(field, expected, actual));
        }

        if (e.Secure is not null || e.MaxProfit is not null)
        {
            var mp = exact.MaxProfit();
            if (e.Secure is { } sec) Compare("secure", sec ? "true" : "false", mp.Secure is { } s ? (s ? "true" : "false") : "unknown", mp.Secure is not null);
            if (e.MaxProfit is { } m) Compare("maxProfit", m.ToString(), mp.MaxProfit.ToString(), mp.Info.Proven);
        }

        if (e.GammaStar is { } gs)
        {
            var r = exact.GammaStar();
            Compare("gammaStar", gs.ToString(), r.GammaStar?.ToString() ?? "infinity", r.Info.Proven);
        }

        if (e.GammaCert is { } gc)
        {
            var actual = g.Model == StakeModel.Pooled ? Certificates.Compute(g).GammaCert?.ToString() ?? "infinity" : "undefined (unique-stake)";
            Compare("gammaCert", gc.ToString(), actual, true);
        }

        foreach (var (shock, loss) in e.WorstLoss)
        {
            var r = exact.WorstLoss(shock);
            Compare($"worstLoss[{shock.Text}]", loss.ToString(), r.Loss.ToString(), r.Info.Proven);
        }

        return new ConformanceOutcome(c.File, mismatches);
    }

    /// <summary>All .json/.yaml/.yml files under the given paths (files or directories), sorted.</summary>
    public static IReadOnlyList<string> Discover(IEnumerable<string> paths) =>
        paths.SelectMany(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                : File.Exists(p) ? [p] : throw InputException.At(p, null, null, "no such file or directory"))
            .Order(StringComparer.Ordinal).ToArray();
}
