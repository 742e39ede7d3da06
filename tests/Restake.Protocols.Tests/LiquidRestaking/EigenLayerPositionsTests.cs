using System.Numerics;
using Restake.Numerics;
using Restake.Protocols.LiquidRestaking;
using Restake.Protocols.LiquidRestaking.Renzo;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Protocols.Tests.LiquidRestaking;

public class EigenLayerPositionsTests
{
    private static readonly UInt256 E = Wad.One;

    [Fact]
    public void Renzo_tvl_follows_positions_held_in_the_eigenlayer_engine()
    {
        var core = new EigenLayerCore();
        var stEth = Address.Named("stETH", 10);
        var strategyAddress = Address.Named("stETHStrategy", 11);
        var delegator = Address.Named("operatorDelegator", 12);
        var sink = Address.Named("sink", 13);
        core.DeployStrategy(strategyAddress, stEth);
        core.StrategyManager.AddStrategiesToDepositWhitelist(core.Owner, [strategyAddress]);
        core.Tokens.Mint(stEth, delegator, E * 100);
        core.Tokens.Approve(stEth, delegator, core.StrategyManager.Self, E * 100);
        core.StrategyManager.DepositIntoStrategy(delegator, strategyAddress, stEth, E * 100);

        var positions = new EigenLayerPositions(core, [delegator], new Dictionary<Address, string> { [strategyAddress] = "stETH" });
        var prices = new PriceBook();
        prices.Set("stETH", BigInteger.Pow(10, 18), 1_000);
        var vault = new RenzoVault(positions, prices);
        var expected = core.GetStrategy(strategyAddress).SharesToUnderlyingView(core.DelegationManager.GetWithdrawableShares(delegator, strategyAddress).Withdrawable);
        Assert.Equal(expected, vault.CalculateTvl(1_000));
        Assert.True(expected + 1_000 >= E * 100);

        // A loss inside the strategy shows up in the vault's TVL at the next read.
        core.Tokens.Transfer(stEth, strategyAddress, sink, E * 10);
        Assert.True(vault.CalculateTvl(1_000) < expected);
        Assert.Equal(vault.CalculateTvl(1_000), positions.TotalValueWei());
    }
}
