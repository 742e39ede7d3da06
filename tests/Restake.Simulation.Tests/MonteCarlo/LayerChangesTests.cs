using CsCheck;
using Restake.Simulation.MonteCarlo;
using Restake.Simulation.Results;

namespace Restake.Simulation.Tests.MonteCarlo;

/// <summary>The vectorised layer changes against a plain scalar reference of the same definitions.</summary>
public class LayerChangesTests
{
    private static readonly int L = YieldLayers.Count;

    // Sparse changes as a step has them: most adds 0 and most factors 1, a few set.
    private static readonly Gen<(double[] Add, double[] Factor)> Changes =
        Gen.Select(Gen.Double[-0.01, 0.01].Array[L], Gen.Double[0.3, 1.0].Array[L], Gen.Int[0, (1 << 15) - 1], Gen.Int[0, (1 << 15) - 1])
            .Select((add, factor, addMask, factorMask) =>
            {
                for (var l = 0; l < add.Length; l++)
                {
                    if ((addMask >> l & 1) == 0) add[l] = 0;
                    if ((factorMask >> l & 3) != 0) factor[l] = 1;
                }

                return (add, factor);
            });

    private static LayerChanges Make((double[] Add, double[] Factor) c)
    {
        var ch = new LayerChanges();
        c.Add.CopyTo(ch.Add, 0);
        c.Factor.CopyTo(ch.Factor, 0);
        return ch;
    }

    [Fact]
    public void Apply_matches_the_scalar_definition() =>
        Gen.Select(Changes, Gen.Double[0.01, 10]).Sample((c, value) =>
        {
            var contributions = new double[LayerChanges.Lanes];
            var result = Make(c).Apply(value, contributions);
            var expected = new double[L];
            var v = value;
            for (var l = 0; l < L; l++)
            {
                expected[l] += value * c.Add[l];
                v += value * c.Add[l];
            }

            for (var l = 0; l < L; l++)
            {
                var delta = v * (c.Factor[l] - 1);
                expected[l] += delta;
                v += delta;
            }

            Assert.Equal(v, result, 1e-13 * v);
            for (var l = 0; l < L; l++) Assert.Equal(expected[l], contributions[l], 1e-13 * value);
            Assert.Equal(0, contributions[LayerChanges.Lanes - 1]);
            // Every ETH of the change is attributed: the contributions sum to it.
            Assert.Equal(result - value, contributions.Sum(), 1e-12 * value);
        });

    [Fact]
    public void Then_and_total_match_the_scalar_definition() =>
        Gen.Select(Changes, Changes).Sample((first, second) =>
        {
            var ch = Make(first);
            ch.Then(Make(second));
            var scale = 1 + first.Add.Sum();
            double adds = 1, product = 1;
            for (var l = 0; l < L; l++)
            {
                var add = first.Add[l] + second.Add[l] * scale;
                var factor = first.Factor[l] * second.Factor[l];
                Assert.Equal(add, ch.Add[l], 1e-15);
                Assert.Equal(factor, ch.Factor[l], 1e-15);
                adds += add;
                product *= factor;
            }

            Assert.Equal(adds * product - 1, ch.Total(), 1e-13);
            // Composition is the same as applying one after the other.
            var value = Make(first).Apply(1, new double[LayerChanges.Lanes]);
            value = Make(second).Apply(value, new double[LayerChanges.Lanes]);
            Assert.Equal(value - 1, ch.Total(), 1e-13);
            Assert.Equal(0, ch.Add[LayerChanges.Lanes - 1]);
            Assert.Equal(1, ch.Factor[LayerChanges.Lanes - 1]);
        });

    [Fact]
    public void Clear_and_copy_restore_no_change()
    {
        var ch = new LayerChanges();
        ch.Add[3] = 0.5;
        ch.Factor[7] = 0.25;
        Assert.True(ch.Total() != 0);
        Assert.False(ch.NoFactors());
        var copy = new LayerChanges();
        copy.CopyFrom(ch);
        Assert.Equal(ch.Total(), copy.Total());
        ch.Clear();
        Assert.Equal(0, ch.Total());
        Assert.True(ch.NoFactors());
        Assert.Equal(3.0, ch.Apply(3.0, new double[LayerChanges.Lanes]));
        Assert.Throws<ArgumentException>(() => ch.Apply(1, new double[LayerChanges.Lanes - 1]));
    }
}
