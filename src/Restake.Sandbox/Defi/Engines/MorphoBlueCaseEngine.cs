using Restake.Protocols.Lending.Morpho;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Evaluates <c>morpho-blue</c> cases on <see cref="MorphoMarket"/>.</summary>
public sealed class MorphoBlueCaseEngine : IDefiCaseEngine
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["morpho-blue"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        var lltv = testCase.StateUInt("lltv");
        if (lltv >= Numerics.Wad.One) throw testCase.Bad("state.lltv", "LLTV must be below 1e18");
        return testCase.Op switch
        {
            "liquidationIncentiveFactor" => new Dictionary<string, string>
            {
                ["liquidationIncentiveFactor"] = MorphoMarket.LiquidationIncentiveFactor(lltv).ToString(),
            },
            _ => throw testCase.UnknownOp("liquidationIncentiveFactor"),
        };
    }
}
