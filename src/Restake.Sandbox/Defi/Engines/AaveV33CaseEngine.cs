using Restake.Numerics;
using Restake.Protocols.Lending.Aave;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>
/// Evaluates <c>aave-v3.3</c> cases: lists each state reserve (with its effective LTV/LT/bonus) in an
/// <see cref="AaveMarket"/> at a fixed price, seeds the user's balances, and runs the call.
/// </summary>
public sealed class AaveV33CaseEngine : IDefiCaseEngine
{
    private const string User = "user";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["aave-v3.3"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        var market = Build(testCase);
        switch (testCase.Op)
        {
            case "getUserAccountData":
                var data = market.GetUserAccountData(User);
                return new Dictionary<string, string>
                {
                    ["totalCollateralBase"] = data.TotalCollateralBase.ToString(),
                    ["totalDebtBase"] = data.TotalDebtBase.ToString(),
                    ["availableBorrowsBase"] = data.AvailableBorrowsBase.ToString(),
                    ["currentLiquidationThreshold"] = data.CurrentLiquidationThreshold.ToString(),
                    ["ltv"] = data.Ltv.ToString(),
                    ["healthFactor"] = data.HealthFactor.ToString(),
                };
            case "liquidationCall":
                var collateral = RequireListed(testCase, market, "collateralAsset");
                var debt = RequireListed(testCase, market, "debtAsset");
                var result = market.LiquidationCall(collateral, debt, User, testCase.ArgUInt("debtToCover"));
                return new Dictionary<string, string>
                {
                    ["healthFactor"] = result.HealthFactor.ToString(),
                    ["maxLiquidatableDebt"] = result.MaxLiquidatableDebt.ToString(),
                    ["actualDebtToLiquidate"] = result.ActualDebtToLiquidate.ToString(),
                    ["collateralSeized"] = result.CollateralSeized.ToString(),
                    ["liquidationProtocolFee"] = result.LiquidationProtocolFee.ToString(),
                    ["collateralToLiquidator"] = result.CollateralToLiquidator.ToString(),
                    ["badDebt"] = result.BadDebt.ToString(),
                };
            default:
                throw testCase.UnknownOp("getUserAccountData", "liquidationCall");
        }
    }

    private static AaveMarket Build(DefiCase testCase)
    {
        var market = new AaveMarket();
        var noInterest = new InterestRateModel(Wad.Ray / 2, UInt256.Zero, UInt256.Zero, UInt256.Zero);
        var reserves = testCase.StateObjects("reserves");
        for (var k = 0; k < reserves.Count; k++)
        {
            var entry = reserves[k];
            var path = $"state.reserves[{k}]";
            var symbol = testCase.StringAt(entry, path, "symbol");
            var decimals = testCase.UIntAt(entry, path, "decimals");
            if (decimals > (UInt256)36) throw testCase.Bad($"{path}.decimals", "at most 36 decimals");
            var price = testCase.UIntAt(entry, path, "price");
            if (price.IsZero) throw testCase.Bad($"{path}.price", "price must be positive");
            var configuration = new ReserveConfiguration(
                (int)(ulong)decimals,
                testCase.UIntAt(entry, path, "ltv"),
                testCase.UIntAt(entry, path, "liquidationThreshold"),
                testCase.UIntAt(entry, path, "liquidationBonus"),
                testCase.UIntAt(entry, path, "liquidationProtocolFee", UInt256.Zero),
                UInt256.Zero);
            if (market.Reserves.Any(r => r.Asset == symbol)) throw testCase.Bad($"{path}.symbol", $"duplicate symbol '{symbol}'");
            market.AddReserve(symbol, configuration, noInterest, new MarketPrice(price));
            market.SeedPosition(User, symbol, testCase.UIntAt(entry, path, "collateral", UInt256.Zero),
                testCase.UIntAt(entry, path, "debt", UInt256.Zero));
        }

        return market;
    }

    private static string RequireListed(DefiCase testCase, AaveMarket market, string key)
    {
        var symbol = testCase.StringAt(testCase.Args, "call.args", key);
        return market.Reserves.Any(r => r.Asset == symbol)
            ? symbol
            : throw testCase.Bad($"call.args.{key}", $"'{symbol}' is not one of the state reserves");
    }
}
