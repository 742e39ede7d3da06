using System.Globalization;
using Restake.Numerics.Random;
using Restake.Scenarios.Model;

namespace Restake.Simulation.World;

/// <summary>
/// A USD price path model: geometric Brownian motion with Merton jumps (drawn from the process's own stream), or a
/// recorded CSV path (one price per step, the last repeated when the file is shorter than the run).
/// </summary>
public sealed class PriceProcess
{
    private readonly GbmPrice? _gbm;
    private readonly double[]? _recorded;

    private PriceProcess(string asset, double initial, GbmPrice? gbm, double[]? recorded)
    {
        Asset = asset;
        Initial = initial;
        _gbm = gbm;
        _recorded = recorded;
        Process = RandomProcess.FromName("price:" + asset);
    }

    /// <summary>The asset priced.</summary>
    public string Asset { get; }

    /// <summary>Price at day 0 (USD).</summary>
    public double Initial { get; }

    /// <summary>Stream process of this price.</summary>
    public uint Process { get; }

    /// <summary>True when the path is random.</summary>
    public bool IsRandom => _gbm is not null;

    /// <summary>Compiles <paramref name="model"/>.</summary>
    public static PriceProcess Create(string asset, PriceModel model, string? baseDirectory, int steps) => model switch
    {
        GbmPrice g => new PriceProcess(asset, g.Initial, g, null),
        CsvPrice c => FromCsv(asset, c, baseDirectory),
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };

    /// <summary>Next price after a step of <paramref name="days"/> from <paramref name="price"/> at step <paramref name="step"/> (0-based, the step being taken).</summary>
    public double Next(double price, int step, double days, RandomStream stream)
    {
        if (_recorded is not null) return _recorded[Math.Min(step + 1, _recorded.Length - 1)];
        var c = Coefficients(days);
        var log = c.DriftTerm + c.VolatilityTerm * stream.NextNormal();
        if (_gbm!.Jumps is { } j) log += Jump(c, j, stream);
        return price * Math.Exp(log);
    }

    /// <summary>
    /// Takes the coefficients of steps of <paramref name="stepDays"/> once (the world's steps have at most two lengths),
    /// so a step only draws and exponentiates.
    /// </summary>
    internal void Prepare(IEnumerable<double> stepDays)
    {
        if (_gbm is not null) _prepared = stepDays.Distinct().Select(d => new StepCoefficients(_gbm, d)).ToArray();
    }

    private StepCoefficients[] _prepared = [];

    private StepCoefficients Coefficients(double days)
    {
        foreach (var c in _prepared)
            if (c.Days == days)
                return c;
        return new StepCoefficients(_gbm!, days);
    }

    /// <summary>The step's compound-Poisson jump with e^−λt taken once per step length (same bits as without).</summary>
    private static double Jump(StepCoefficients c, JumpModel j, RandomStream stream) =>
        stream.NextJump(c.JumpMean, c.ExpNegJumpMean, j.MeanLog, j.SdLog);

    /// <summary>A step length's GBM coefficients, each computed as the step formula computes it.</summary>
    private sealed class StepCoefficients
    {
        public StepCoefficients(GbmPrice g, double days)
        {
            Days = days;
            var t = days / 365.0;
            DriftTerm = (g.Drift - 0.5 * g.Volatility * g.Volatility) * t;
            VolatilityTerm = g.Volatility * Math.Sqrt(t);
            if (g.Jumps is { } j)
            {
                JumpMean = j.IntensityPerYear * t;
                ExpNegJumpMean = Math.Exp(-JumpMean);
            }
        }

        public double Days { get; }

        public double DriftTerm { get; }

        public double VolatilityTerm { get; }

        public double JumpMean { get; }

        public double ExpNegJumpMean { get; }
    }

    private static PriceProcess FromCsv(string asset, CsvPrice c, string? baseDirectory)
    {
        var file = Path.Combine(baseDirectory ?? ".", c.File);
        var lines = File.ReadAllLines(file).Where(l => l.Trim().Length > 0).ToArray();
        var header = lines[0].Split(',').Select(h => h.Trim()).ToList();
        var column = header.IndexOf(c.Column);
        if (column < 0) throw InputException.At(file, "line 1", c.Column, $"no column \"{c.Column}\" (columns: {string.Join(", ", header)})");
        var values = new double[lines.Length - 1];
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            if (column >= cells.Length || !double.TryParse(cells[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !(v > 0))
                throw InputException.At(file, $"line {i + 1}", c.Column, "expected a positive number");
            values[i - 1] = v;
        }

        if (values.Length == 0) throw InputException.At(file, "line 2", c.Column, "no prices");
        return new PriceProcess(asset, values[0], null, values);
    }
}
