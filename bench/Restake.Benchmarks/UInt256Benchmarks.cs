using BenchmarkDotNet.Attributes;
using Restake.Numerics;

namespace Restake.Benchmarks;

/// <summary>Cost of the checked 256-bit arithmetic every protocol engine runs on.</summary>
[MemoryDiagnoser]
public class UInt256Benchmarks
{
    private readonly UInt256 _shares = UInt256.Parse("123456789012345678901234567");
    private readonly UInt256 _magnitude = UInt256.Parse("333333333333333333");
    private readonly UInt256 _big = UInt256.Parse("99999999999999999999999999999999999999");

    [Benchmark(Baseline = true)]
    public UInt256 MulWad() => Wad.MulWad(_shares, _magnitude);

    [Benchmark]
    public UInt256 DivWad() => Wad.DivWad(_shares, _magnitude);

    [Benchmark]
    public UInt256 MulDivLargeDivisor() => UInt256.MulDiv(_big, _shares, _big - 1, Rounding.Up);

    [Benchmark]
    public UInt256 Add() => _shares + _magnitude;
}
