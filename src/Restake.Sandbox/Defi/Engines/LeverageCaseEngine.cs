using Restake.Protocols.Lending;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Evaluates <c>leverage</c> cases with <see cref="LeverageLoop"/>: L exact, printed to 4 digits half up.</summary>
public sealed class LeverageCaseEngine : IDefiCaseEngine
{
    private const int Digits = 4;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["leverage"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        if (testCase.Op != "leverage") throw testCase.UnknownOp("leverage");
        var lt = testCase.StateUInt("liquidationThreshold");
        var hf = testCase.StateUInt("healthFactor");
        if (hf.IsZero) throw testCase.Bad("state.healthFactor", "must be positive");
        if (LeverageLoop.LoanToValueAtHealthFactor(lt, hf) >= Numerics.Rational.One)
            throw testCase.Bad("state.healthFactor", "must exceed the liquidation threshold for a finite leverage");
        return new Dictionary<string, string>
        {
            ["leverage"] = LeverageLoop.LeverageAtHealthFactor(lt, hf).ToDecimalString(Digits),
        };
    }
}
