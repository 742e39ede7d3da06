using BenchmarkDotNet.Attributes;
using Restake.Numerics.Random;

namespace Restake.Benchmarks;

/// <summary>Throughput of the counter-based streams: raw words, uniforms, normals, and opening a stream per path.</summary>
public class RandomStreamBenchmarks
{
    private const int Draws = 1024;
    private readonly RandomStream _stream = new(1, 0, 0);

    [Benchmark(OperationsPerInvoke = Draws)]
    public double NextDouble()
    {
        var sum = 0.0;
        for (var i = 0; i < Draws; i++) sum += _stream.NextDouble();
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public ulong NextUInt64()
    {
        ulong acc = 0;
        for (var i = 0; i < Draws; i++) acc ^= _stream.NextUInt64();
        return acc;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double NextNormal()
    {
        var sum = 0.0;
        for (var i = 0; i < Draws; i++) sum += _stream.NextNormal();
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double ResetPerPath()
    {
        var sum = 0.0;
        for (var path = 0; path < Draws; path++)
        {
            _stream.Reset(new StreamKey(1, (ulong)path, 7));
            sum += _stream.NextDouble();
        }

        return sum;
    }
}
