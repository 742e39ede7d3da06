using BenchmarkDotNet.Running;

// `simulation-scaling [--threads N] [--paths a,b] [--days a,b] [--networks small,default,large] [--exact]` prints the
// Monte Carlo scaling grid (wall and CPU time, paths and edge updates per CPU-second); anything else picks
// BenchmarkDotNet suites with --filter, e.g. `--filter *UInt256*`.
if (args.Length > 0 && args[0] == "simulation-scaling")
{
    Restake.Benchmarks.Simulation.MonteCarloScaling.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Restake.Benchmarks.UInt256Benchmarks).Assembly).Run(args);
