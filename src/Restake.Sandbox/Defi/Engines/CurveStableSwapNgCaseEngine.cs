using Restake.Protocols.Amm;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Evaluates <c>curve-stableswap-ng</c> cases on <see cref="StableSwapNgPool"/>.</summary>
public sealed class CurveStableSwapNgCaseEngine : IDefiCaseEngine
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["curve-stableswap-ng"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        var balances = testCase.StateUIntArray("balances");
        var rates = testCase.StateUIntArray("rates");
        if (balances.Length is < 2 or > 8) throw testCase.Bad("state.balances", "expected 2 to 8 balances");
        if (rates.Length != balances.Length) throw testCase.Bad("state.rates", "expected one rate per balance");
        if (rates.Any(r => r.IsZero)) throw testCase.Bad("state.rates", "rates must be positive");
        var pool = StableSwapNgPool.FromBalances(
            testCase.StateUInt("A"), testCase.StateUInt("fee"), testCase.StateUInt("offpeg_fee_multiplier"), rates,
            balances, testCase.StateUInt("totalSupply", 0));

        switch (testCase.Op)
        {
            case "get_D":
                return new Dictionary<string, string> { ["D"] = pool.GetD().ToString() };
            case "dynamic_fee":
                return new Dictionary<string, string>
                {
                    ["dynamic_fee"] = pool.DynamicFee(testCase.ArgIndex("i"), testCase.ArgIndex("j")).ToString(),
                };
            case "get_dy":
                var quote = pool.QuoteExchange(testCase.ArgIndex("i"), testCase.ArgIndex("j"), testCase.ArgUInt("dx"));
                return new Dictionary<string, string>
                {
                    ["D"] = quote.D.ToString(),
                    ["y"] = quote.Y.ToString(),
                    ["dy_gross"] = quote.DyGross.ToString(),
                    ["dynamic_fee"] = quote.FeeRate.ToString(),
                    ["fee"] = quote.Fee.ToString(),
                    ["dy"] = quote.Dy.ToString(),
                };
            default:
                throw testCase.UnknownOp("get_D", "get_dy", "dynamic_fee");
        }
    }
}
