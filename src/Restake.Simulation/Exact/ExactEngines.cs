using Restake.Simulation.MonteCarlo;
using Restake.Simulation.World;

namespace Restake.Simulation.Exact;

/// <summary>The exact path's engines: the integer restaking ledger and a StableSwap-NG engine per pool.</summary>
public static class ExactEngines
{
    /// <summary>Engines for one worker of <paramref name="world"/>.</summary>
    public static EngineSet Create(WorldModel world) =>
        new(new ExactLedger(world), world.Pools.Select(p => (IPoolEngine)new ExactPool(p)).ToArray());
}
