using Restake.Protocols.LiquidRestaking;
using Restake.Protocols.LiquidRestaking.Puffer;
using static Restake.Sandbox.Defi.Engines.StakingCaseValues;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Evaluates <c>puffer-pufeth</c> cases on <see cref="PufferVault"/> (total assets held outside the vault).</summary>
public sealed class PufferPufEthCaseEngine : IDefiCaseEngine
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["puffer-pufeth"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        var elsewhere = new HoldingsBook { [Assets.Eth] = testCase.StateUInt("totalAssets") };
        var fee = testCase.StateUInt("exitFeeBasisPoints");
        if (fee > (Numerics.UInt256)10_000) throw testCase.Bad("state.exitFeeBasisPoints", "above 10000 (100 %)");
        var vault = PufferVault.FromTotals(elsewhere, testCase.StateUInt("totalSupply"), fee);
        switch (testCase.Op)
        {
            case "deposit":
                return Outputs(("shares", vault.Deposit("depositor", testCase.ArgUInt("assets"))));
            case "redeem":
            {
                var (assets, exitFee) = vault.PreviewRedeem(testCase.ArgUInt("shares"));
                return Outputs(("assets", assets), ("fee", exitFee));
            }
            case "withdraw":
            {
                var (shares, exitFee) = vault.PreviewWithdraw(testCase.ArgUInt("assets"));
                return Outputs(("shares", shares), ("fee", exitFee));
            }
            default:
                throw testCase.UnknownOp("deposit", "redeem", "withdraw");
        }
    }
}
