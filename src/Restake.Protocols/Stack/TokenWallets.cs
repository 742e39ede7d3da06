using Restake.Numerics;

namespace Restake.Protocols.Stack;

/// <summary>
/// Balances of the tokens no engine keeps a ledger for (native ETH, plain tokens, pool LP custody): per token and
/// holder. Overdrafts revert <c>ERC20InsufficientBalance</c> before anything changes.
/// </summary>
public sealed class TokenWallets
{
    /// <summary>Revert error of an overdraft.</summary>
    public const string InsufficientBalance = "ERC20InsufficientBalance";

    private readonly Dictionary<(string Token, string Holder), UInt256> _balances = new();
    private readonly Dictionary<string, UInt256> _supply = new(StringComparer.Ordinal);

    /// <summary>Balance of <paramref name="holder"/> in <paramref name="token"/>.</summary>
    public UInt256 BalanceOf(string token, string holder) => _balances.GetValueOrDefault((token, holder));

    /// <summary>Sum of every balance of <paramref name="token"/>.</summary>
    public UInt256 Supply(string token) => _supply.GetValueOrDefault(token);

    /// <summary>Every (token, holder, balance) with a non-zero balance.</summary>
    public IEnumerable<(string Token, string Holder, UInt256 Balance)> All() =>
        _balances.Where(kv => !kv.Value.IsZero).Select(kv => (kv.Key.Token, kv.Key.Holder, kv.Value));

    /// <summary>Creates tokens (starting balances, consensus rewards).</summary>
    public void Mint(string token, string holder, UInt256 amount)
    {
        var supply = Supply(token) + amount;
        var balance = BalanceOf(token, holder) + amount;
        _supply[token] = supply;
        _balances[(token, holder)] = balance;
    }

    /// <summary>Reverts unless <paramref name="holder"/> has at least <paramref name="amount"/>.</summary>
    public void Require(string token, string holder, UInt256 amount)
    {
        if (BalanceOf(token, holder) < amount) throw new RevertException(InsufficientBalance);
    }

    /// <summary>Moves <paramref name="amount"/> of <paramref name="token"/>.</summary>
    public void Transfer(string token, string from, string to, UInt256 amount)
    {
        Require(token, from, amount);
        _balances[(token, from)] = BalanceOf(token, from) - amount;
        _balances[(token, to)] = BalanceOf(token, to) + amount;
    }
}
