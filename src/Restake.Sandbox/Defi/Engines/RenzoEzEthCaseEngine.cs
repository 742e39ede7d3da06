using Restake.Protocols.LiquidRestaking.Renzo;
using static Restake.Sandbox.Defi.Engines.StakingCaseValues;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Evaluates <c>renzo-ezeth</c> cases on <see cref="RenzoOracle"/> (variant <c>original</c> = the m1 formula).</summary>
public sealed class RenzoEzEthCaseEngine : IDefiCaseEngine
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["renzo-ezeth"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        var formula = testCase.Variant switch
        {
            null => RenzoMintFormula.Current,
            "original" => RenzoMintFormula.Original,
            var other => throw testCase.Bad("variant", $"unknown variant '{other}' (known: original)"),
        };
        var tvl = testCase.StateUInt("totalTVL");
        var supply = testCase.StateUInt("ezETHSupply");
        return testCase.Op switch
        {
            "calculateMintAmount" => Outputs(("mintAmount",
                RenzoOracle.CalculateMintAmount(tvl, testCase.ArgUInt("newValueAdded"), supply, formula))),
            "calculateRedeemAmount" => Outputs(("redeemAmount",
                RenzoOracle.CalculateRedeemAmount(tvl, testCase.ArgUInt("ezETHBeingBurned"), supply))),
            _ => throw testCase.UnknownOp("calculateMintAmount", "calculateRedeemAmount"),
        };
    }
}
