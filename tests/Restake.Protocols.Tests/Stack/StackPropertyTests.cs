using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Protocols.Stack;
using static Restake.Protocols.Tests.Stack.StackFixture;

namespace Restake.Protocols.Tests.Stack;

/// <summary>
/// Random sequences of deposits, staking, swaps, rewards, slashes, borrows, repays and liquidations: every token is
/// accounted for in exactly one place, and each custody account matches the engine that owns the claim on it.
/// </summary>
public sealed class StackPropertyTests
{
    private static readonly string[] Holders = ["whale", "lp", "borrower", "lender", "liquidator"];

    private static readonly Gen<(int Kind, int Who, ulong Amount, ulong Wad)> GenOp =
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, Holders.Length - 1], Gen.ULong[1, 5_000], Gen.ULong[1, 1_000_000_000_000_000_000UL]);

    [Fact]
    public void Tokens_are_conserved_and_custody_matches_every_engine()
    {
        GenOp.Array[1, 25].Sample(ops =>
        {
            var s = Funded(Spec(), Eth(600));
            var minted = s.Tokens.Wallets.Supply("ETH");
            foreach (var (kind, who, amount, wad) in ops)
            {
                var holder = Holders[who];
                var eth = (UInt256)amount * E18 / 7; // odd wei amounts
                try
                {
                    switch (kind)
                    {
                        case 0: s.Lrt("ezETH").DepositEth(holder, eth); break;
                        case 1: s.Lrt("ezETH").StakeEthFromQueue(UInt256.Max(UInt256.One, s.Lrt("ezETH").Vault.Pending("ETH") / 2)); break;
                        case 2: s.Pool("ezeth-pool").Exchange(holder, (int)(amount % 2), 1 - (int)(amount % 2), eth, 0); break;
                        case 3:
                            s.Lrt("ezETH").ReceiveRewards(eth / 100);
                            minted += eth / 100;
                            break;
                        case 4:
                            var avs = s.Resolve("avs1");
                            s.Core.Execute(() => s.Core.AllocationManager.SlashOperator(avs, avs,
                                new SlashingParams(s.Resolve(amount % 2 == 0 ? "op1" : "op2"), 0, [s.EthStrategy], [wad])));
                            break;
                        case 5: s.Market("market").Repay(holder, "ETH", eth); break;
                        case 6: s.Market("market").Borrow(holder, "ETH", eth / 10); break;
                        case 7: s.Market("market").LiquidationCall("liquidator", "ezETH", "ETH", "borrower", eth); break;
                        default: s.AdvanceBlocks((long)amount); break;
                    }
                }
                catch (RevertException)
                {
                    // a revert is a legal outcome; the invariants must hold either way
                }

                s.Sync();
                CheckInvariants(s, minted);
            }
        }, iter: 60);
    }

    private static void CheckInvariants(RestakeStack s, UInt256 ethMinted)
    {
        var w = s.Tokens.Wallets;
        var ez = s.Lrt("ezETH");
        Assert.Equal(ethMinted, w.Supply("ETH"));
        Assert.Equal(s.Core.Tokens.TotalSupply(s.Weth), w.BalanceOf("ETH", RestakeStack.WethAccount));
        Assert.Equal(ez.Vault.Pending("ETH") + ez.Vault.Buffer("ETH"), w.BalanceOf("ETH", ez.Account));
        UInt256 ledger = 0;
        foreach (var (_, b) in ez.Vault.EzEth.Holders) ledger += b;
        Assert.Equal(ez.Vault.EzEth.Total, ledger);
        var pool = s.Pool("ezeth-pool");
        for (var k = 0; k < pool.Coins.Count; k++)
            Assert.Equal(pool.Pool.StoredBalances[k], s.Tokens.BalanceOf(pool.Coins[k], pool.Account));
        var market = s.Market("market");
        foreach (var r in market.Market.Reserves)
            Assert.Equal(r.VirtualUnderlyingBalance, s.Tokens.BalanceOf(r.Asset, market.Account));
        // NAV is whatever the core says the delegators can withdraw, plus the vault's own ETH.
        UInt256 restaked = 0;
        foreach (var (_, od) in ez.Legs)
            restaked += s.Core.GetStrategy(s.EthStrategy).SharesToUnderlyingView(s.Core.DelegationManager.GetWithdrawableShares(od, s.EthStrategy).Withdrawable);
        Assert.Equal(restaked + ez.Vault.Pending("ETH") + ez.Vault.Buffer("ETH"), ez.Tvl());
    }
}
