using Restake.Numerics;
using Restake.Protocols.LiquidRestaking;
using Restake.Protocols.LiquidRestaking.Kelp;
using static Restake.Sandbox.Defi.Engines.StakingCaseValues;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Evaluates <c>kelp-rseth</c> cases on <see cref="KelpVault"/>; the case's assets become delegated holdings.</summary>
public sealed class KelpRsEthCaseEngine : IDefiCaseEngine
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["kelp-rseth"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        var price = testCase.StateUInt("rsETHPrice");
        if (price.IsZero) throw testCase.Bad("state.rsETHPrice", "must be positive");
        var holdings = new HoldingsBook();
        var prices = new PriceBook();
        var assets = testCase.StateObjects("assets");
        for (var k = 0; k < assets.Count; k++)
        {
            var path = $"state.assets[{k}]";
            holdings[$"asset{k}"] = testCase.UIntAt(assets[k], path, "totalAssetDeposits");
            prices.Set($"asset{k}", testCase.UIntAt(assets[k], path, "assetPrice").ToBigInteger(), 0);
        }

        var vault = KelpVault.FromTotals(holdings, prices, price, testCase.StateUInt("rsETHSupply"));
        vault.ProtocolFeeInBps = testCase.StateUInt("protocolFeeInBPS");
        vault.PricePercentageLimit = testCase.StateUInt("pricePercentageLimit");
        switch (testCase.Op)
        {
            case "updateRSETHPrice":
            {
                var u = vault.UpdateRsEthPrice();
                return Outputs(("totalETH", u.TotalEth), ("tempRsETHPrice", u.TempRsEthPrice), ("protocolFeeInETH", u.ProtocolFeeInEth),
                    ("newRsETHPrice", u.NewRsEthPrice), ("rsethMintedAsProtocolFee", u.RsEthMintedAsProtocolFee));
            }
            case "getRsETHAmountToMint":
            {
                prices.Set("deposited", testCase.ArgUInt("assetPrice").ToBigInteger(), 0);
                return Outputs(("rsethAmountToMint", vault.GetRsEthAmountToMint("deposited", testCase.ArgUInt("amount"))));
            }
            default:
                throw testCase.UnknownOp("updateRSETHPrice", "getRsETHAmountToMint");
        }
    }
}
