using Restake.Protocols.LiquidStaking.EtherFi;
using static Restake.Sandbox.Defi.Engines.StakingCaseValues;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Evaluates <c>etherfi-eeth</c> cases on <see cref="LiquidityPool"/> and <see cref="WeEth"/>.</summary>
public sealed class EtherFiEEthCaseEngine : IDefiCaseEngine
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["etherfi-eeth"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        var tpe = testCase.StateUInt("totalPooledEther");
        var shares = testCase.StateUInt("totalShares");
        if (tpe.IsZero != shares.IsZero) throw testCase.Bad("state.totalShares", "must be zero exactly when totalPooledEther is zero");
        var pool = LiquidityPool.FromTotals(tpe, shares);
        var weEth = new WeEth(pool);
        return testCase.Op switch
        {
            "wrap" => Outputs(("weETH", weEth.Wrap("others", testCase.ArgUInt("eETHAmount")))),
            "unwrap" => Outputs(("eETH", weEth.GetEETHByWeETH(testCase.ArgUInt("weETHAmount")))),
            "getRate" => Outputs(("rate", weEth.Rate)),
            "deposit" => Outputs(("shares", pool.Deposit("depositor", testCase.ArgUInt("amount")))),
            _ => throw testCase.UnknownOp("wrap", "unwrap", "getRate", "deposit"),
        };
    }
}
