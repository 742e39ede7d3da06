namespace Restake.Simulation.MonteCarlo;

/// <summary>The engines one worker drives for its paths: the restaking ledger and one engine per pool.</summary>
public sealed record EngineSet(IRestakingLedger Ledger, IPoolEngine[] Pools);
