using System.Text;
using Restake.Protocols.Stack;

namespace Restake.Protocols.Tests.Stack;

/// <summary>Every observable balance of a stack as text, to show that a reverted call changed nothing.</summary>
internal static class StackFingerprint
{
    public static string Of(RestakeStack s)
    {
        var b = new StringBuilder();
        foreach (var (token, holder, balance) in s.Tokens.Wallets.All().OrderBy(x => x.Token).ThenBy(x => x.Holder))
            b.Append($"w {token} {holder} {balance}\n");
        foreach (var lrt in s.Lrts.Values)
        {
            foreach (var (holder, balance) in lrt.Vault.EzEth.Holders.OrderBy(h => h.Key)) b.Append($"l {lrt.Id} {holder} {balance}\n");
            b.Append($"v {lrt.Vault.Pending("ETH")} {lrt.Vault.Buffer("ETH")} {lrt.Vault.Requests.Count} {lrt.Tvl()}\n");
            foreach (var (_, od) in lrt.Legs) b.Append($"od {s.Core.DelegationManager.GetWithdrawableShares(od, s.EthStrategy)}\n");
        }

        foreach (var p in s.Pools.Values)
            b.Append($"p {string.Join(',', p.Pool.StoredBalances)} {string.Join(',', p.Pool.AdminBalances)} {p.Pool.Lp.TotalSupply} {p.Pool.Oracle.LastPrice(0)}\n");
        foreach (var m in s.Markets.Values)
        foreach (var r in m.Market.Reserves)
            b.Append($"r {r.Asset} {r.TotalScaledSupply} {r.TotalScaledVariableDebt} {r.VirtualUnderlyingBalance} {r.Deficit} {m.Market.Price(r.Asset)}\n");
        return b.ToString();
    }
}
