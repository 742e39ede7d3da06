using Restake.Protocols.LiquidRestaking.Swell;
using static Restake.Sandbox.Defi.Engines.StakingCaseValues;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Evaluates <c>swell-sweth</c> cases on <see cref="SwEth"/> (first reprice: no rate-move guard applies).</summary>
public sealed class SwellSwEthCaseEngine : IDefiCaseEngine
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["swell-sweth"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        if (testCase.Op != "reprice") throw testCase.UnknownOp("reprice");
        var treasury = testCase.StateUInt("swellTreasuryRewardPercentage");
        var nodeOperators = testCase.StateUInt("nodeOperatorRewardPercentage");
        if (treasury + nodeOperators > Numerics.Wad.One) throw testCase.Bad("state.nodeOperatorRewardPercentage", "percentages sum above 1e18 (100 %)");
        var supply = testCase.ArgUInt("swETHTotalSupply");
        var token = SwEth.FromTotals(supply, treasury, nodeOperators);
        var r = token.Reprice(testCase.ArgUInt("preRewardETHReserves"), testCase.ArgUInt("newETHRewards"), supply, 1);
        return Outputs(("total", r.TotalReserves), ("rewardsInETH", r.RewardsInEth), ("rewardsInSwETH", r.RewardsInSwEth),
            ("swETHToETHRate", r.SwEthToEthRate));
    }
}
