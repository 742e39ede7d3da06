using CsCheck;
using Restake.Numerics.Random;
using Restake.Scenarios.Model;
using Restake.Simulation.World;

namespace Restake.Simulation.Tests.World;

/// <summary>
/// A price step with its coefficients taken once per step length (and the jump's e^−λt with them) draws the same
/// numbers and gives the same bits as the step formula evaluated from scratch with <see cref="RandomStream.NextJump"/>.
/// </summary>
public class PriceProcessTests
{
    private static double Reference(GbmPrice g, double price, double days, RandomStream stream)
    {
        var t = days / 365.0;
        var log = (g.Drift - 0.5 * g.Volatility * g.Volatility) * t + g.Volatility * Math.Sqrt(t) * stream.NextNormal();
        if (g.Jumps is { } j) log += stream.NextJump(j.IntensityPerYear * t, j.MeanLog, j.SdLog);
        return price * Math.Exp(log);
    }

    [Fact]
    public void Prepared_steps_equal_the_formula_bit_for_bit()
    {
        var gen = Gen.Select(Gen.Double[-0.5, 0.5], Gen.Double[0, 2], Gen.Double[0, 5000], Gen.Double[0.25, 30], Gen.ULong);
        gen.Sample((drift, vol, intensity, stepDays, seed) =>
        {
            // Intensities up to 5000 a year take both of the Poisson sampler's branches (mean below and above 10).
            var g = new GbmPrice(100, drift, vol, intensity < 100 ? null : new JumpModel(intensity, -0.2, 0.1));
            var process = PriceProcess.Create("X", g, null, 10);
            double[] steps = [stepDays, stepDays, stepDays / 3];
            process.Prepare(steps);
            var a = new RandomStream(seed, 1, 7);
            var b = new RandomStream(seed, 1, 7);
            double pa = 100, pb = 100;
            for (var k = 0; k < 40; k++)
            {
                var days = steps[Math.Min(k, 2)] * (k == 39 ? 0.5 : 1); // the last length was not prepared
                pa = process.Next(pa, k, days, a);
                pb = Reference(g, pb, days, b);
                if (BitConverter.DoubleToInt64Bits(pa) != BitConverter.DoubleToInt64Bits(pb)) return false;
            }

            return a.NextUInt64() == b.NextUInt64();
        }, iter: 300);
    }
}
