using BenchmarkDotNet.Running;

// `simulation-scaling [threads] [paths...]` prints the Monte Carlo throughput grid; anything else picks BenchmarkDotNet
// suites with --filter, e.g. `--filter *UInt256*`.
if (args.Length > 0 && args[0] == "simulation-scaling")
{
    Restake.Benchmarks.Simulation.MonteCarloScaling.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Restake.Benchmarks.UInt256Benchmarks).Assembly).Run(args);
