using BenchmarkDotNet.Attributes;
using Restake.Analysis.Security;

namespace Restake.Benchmarks.Security;

/// <summary>
/// Polynomial-time security measures on a mainnet-shaped generated network (2,000 operators, 50 services). The exact
/// solves (10 s each) are timed by <c>restake security bench</c> instead.
/// </summary>
[MemoryDiagnoser]
public class SecurityBenchmarks
{
    private RestakingNetwork _g = null!;

    [GlobalSetup]
    public void Setup() => _g = NetworkGenerator.Generate(new GeneratorSpec());

    [Benchmark]
    public GammaCertificate GammaCert() => Certificates.Compute(_g);

    [Benchmark]
    public IReadOnlyList<ServiceReport> PerServiceCovers() => ServiceMeasures.Compute(_g);

    [Benchmark]
    public Attack GreedyWarmStart() => GreedyAttacks.BestPooled(_g, ServiceMeasures.Compute(_g));
}
