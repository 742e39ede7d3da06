using CsCheck;
using Restake.Numerics.Random;

namespace Restake.Numerics.Tests.Random;

public class RandomStreamTests
{
    private static double[] Doubles(RandomStream s, int n) => Enumerable.Range(0, n).Select(_ => s.NextDouble()).ToArray();

    [Fact]
    public void Same_key_gives_the_same_sequence_and_reset_rewinds()
    {
        var a = new RandomStream(42, 7, 3);
        var b = new RandomStream(new StreamKey(42, 7, 3));
        var first = Doubles(a, 1000);
        Assert.Equal(first, Doubles(b, 1000));
        a.Reset(new StreamKey(42, 7, 3));
        Assert.Equal(first, Doubles(a, 1000));
        Assert.Equal(new StreamKey(42, 7, 3), a.Key);
    }

    [Fact]
    public void Reset_clears_a_cached_normal()
    {
        var s = new RandomStream(1, 2, 3);
        var first = s.NextNormal();
        s.Reset(new StreamKey(1, 2, 3));
        Assert.Equal(first, s.NextNormal());
    }

    [Fact]
    public void Key_round_trips_every_bit() =>
        Gen.Select(Gen.ULong, Gen.ULong, Gen.UInt).Sample((seed, path, process) =>
            new RandomStream(seed, path, process).Key == new StreamKey(seed, path, process));

    [Fact]
    public void Uniforms_stay_in_their_intervals() =>
        Gen.Select(Gen.ULong, Gen.ULong, Gen.UInt).Sample((seed, path, process) =>
        {
            var s = new RandomStream(seed, path, process);
            for (var i = 0; i < 64; i++)
            {
                var d = s.NextDouble();
                var o = s.NextOpenDouble();
                if (!(d >= 0 && d < 1 && o > 0 && o < 1)) return false;
            }

            return true;
        });

    [Fact]
    public void Draws_do_not_depend_on_thread_scheduling()
    {
        const int paths = 256;
        var sequential = Enumerable.Range(0, paths).Select(p => Doubles(new RandomStream(9, (ulong)p, 1), 50)).ToArray();
        var parallel = new double[paths][];
        Parallel.For(0, paths, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            p => parallel[p] = Doubles(new RandomStream(9, (ulong)(paths - 1 - p), 1), 50));
        for (var p = 0; p < paths; p++) Assert.Equal(sequential[p], parallel[paths - 1 - p]);
    }

    [Theory]
    [InlineData(1UL, 0UL, 0u, 2UL, 0UL, 0u)]
    [InlineData(1UL, 0UL, 0u, 1UL, 1UL, 0u)]
    [InlineData(1UL, 0UL, 0u, 1UL, 0UL, 1u)]
    [InlineData(1UL, 1UL << 32, 0u, 1UL, 1UL, 0u)]
    public void Neighbouring_streams_are_uncorrelated(ulong s1, ulong p1, uint q1, ulong s2, ulong p2, uint q2)
    {
        const int n = 200_000;
        var x = Doubles(new RandomStream(s1, p1, q1), n);
        var y = Doubles(new RandomStream(s2, p2, q2), n);
        Assert.NotEqual(x.Take(4), y.Take(4));
        var mx = x.Average();
        var my = y.Average();
        var cov = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / n;
        var corr = cov / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) / n * y.Sum(b => (b - my) * (b - my)) / n);
        Assert.InRange(corr, -5 / Math.Sqrt(n), 5 / Math.Sqrt(n));
    }

    [Fact]
    public void Uint64_is_two_words_low_first()
    {
        var a = new RandomStream(5, 6, 7);
        var b = new RandomStream(5, 6, 7);
        ulong lo = b.NextUInt32();
        ulong hi = b.NextUInt32();
        Assert.Equal(lo | (hi << 32), a.NextUInt64());
    }

    [Fact]
    public void Process_names_hash_stably() =>
        Assert.Equal(RandomProcess.FromName("eth-price"), RandomProcess.FromName("eth-price"));

    [Fact]
    public void Process_name_hash_is_fnv1a() => Assert.Equal(0xe40c292cu, RandomProcess.FromName("a"));
}
