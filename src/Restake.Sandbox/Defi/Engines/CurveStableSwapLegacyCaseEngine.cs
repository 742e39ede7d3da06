using Restake.Protocols.Amm;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Evaluates <c>curve-stableswap-legacy</c> cases on <see cref="StableSwapLegacyPool"/>.</summary>
public sealed class CurveStableSwapLegacyCaseEngine : IDefiCaseEngine
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["curve-stableswap-legacy"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        var balances = testCase.StateUIntArray("balances");
        if (balances.Length != StableSwapLegacyPool.Coins)
            throw testCase.Bad("state.balances", $"expected {StableSwapLegacyPool.Coins} balances, got {balances.Length}");
        var pool = StableSwapLegacyPool.FromBalances(
            testCase.StateUInt("A"), testCase.StateUInt("fee"), testCase.StateUInt("admin_fee"), balances,
            testCase.StateUInt("totalSupply", 0));

        switch (testCase.Op)
        {
            case "get_D":
                return new Dictionary<string, string> { ["D"] = pool.GetD().ToString() };
            case "get_dy":
                var quote = pool.QuoteExchange(testCase.ArgIndex("i"), testCase.ArgIndex("j"), testCase.ArgUInt("dx"));
                return new Dictionary<string, string>
                {
                    ["D"] = quote.D.ToString(),
                    ["y"] = quote.Y.ToString(),
                    ["dy_gross"] = quote.DyGross.ToString(),
                    ["fee"] = quote.Fee.ToString(),
                    ["admin_fee_amount"] = quote.AdminFee.ToString(),
                    ["dy"] = quote.Dy.ToString(),
                };
            default:
                throw testCase.UnknownOp("get_D", "get_dy");
        }
    }
}
