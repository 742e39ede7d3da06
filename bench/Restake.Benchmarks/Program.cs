using BenchmarkDotNet.Running;

// Every suite in this assembly; pick with --filter, e.g. `--filter *UInt256*`.
BenchmarkSwitcher.FromAssembly(typeof(Restake.Benchmarks.UInt256Benchmarks).Assembly).Run(args);
