using Restake.Protocols.Restaking.EigenLayer;
using Restake.Protocols.Restaking.EigenLayer.StateSnapshots;

namespace Restake.Sandbox.EigenLayer;

/// <summary>
/// Builds a script's starting world: fresh core contracts, strategyA/strategyB for tokenA/tokenB whitelisted, every
/// staker and operator funded with the initial balance of each token and an unlimited StrategyManager allowance.
/// </summary>
public static class ElWorld
{
    /// <summary>The world at the script's initial block.</summary>
    public static EigenLayerCore Build(ElScript script)
    {
        var core = new EigenLayerCore(script.Config, startBlock: script.InitialBlock);
        var names = script.Names;
        for (var i = 0; i < names.Strategies.Count; i++) core.DeployStrategy(names.Strategies[i], names.Tokens[i]);
        core.StrategyManager.AddStrategiesToDepositWhitelist(core.Owner, names.Strategies);
        foreach (var account in names.Stakers.Concat(names.Operators).Distinct())
        foreach (var token in names.Tokens)
        {
            core.Tokens.Mint(token, account, script.InitialTokenBalance);
            core.Tokens.Approve(token, account, core.StrategyManager.Self, Restake.Numerics.UInt256.MaxValue);
        }

        return core;
    }

    /// <summary>The snapshot scope of a script: its stakers and operators, AVSs, both strategies and tokens.</summary>
    public static SnapshotScope Scope(ElScript script) =>
        new(script.Names.Stakers, script.Names.Operators, script.Names.Avss, script.Names.Strategies, script.Names.Tokens);
}
