using Restake.Numerics;
using Restake.Protocols.LiquidStaking;

namespace Restake.Protocols.Stack;

/// <summary>
/// One view of every token in the stack: an LRT's balances live in its vault's own ledger, every other token
/// (ETH, plain tokens) in <see cref="TokenWallets"/>. Transfers check the balance before changing anything.
/// </summary>
public sealed class StackTokens
{
    private readonly Dictionary<string, ShareLedger> _lrtLedgers = new(StringComparer.Ordinal);

    /// <summary>Balances of tokens without an engine ledger.</summary>
    public TokenWallets Wallets { get; } = new();

    /// <summary>Token ids whose ledger is an LRT vault's.</summary>
    public IEnumerable<string> LrtTokens => _lrtLedgers.Keys;

    /// <summary>Routes <paramref name="token"/> to an LRT vault's ledger.</summary>
    public void RegisterLrt(string token, ShareLedger ledger) => _lrtLedgers.Add(token, ledger);

    /// <summary>True when <paramref name="token"/> is an LRT of the stack.</summary>
    public bool IsLrt(string token) => _lrtLedgers.ContainsKey(token);

    /// <summary>balanceOf.</summary>
    public UInt256 BalanceOf(string token, string holder) =>
        _lrtLedgers.TryGetValue(token, out var ledger) ? ledger.Of(holder) : Wallets.BalanceOf(token, holder);

    /// <summary>Reverts with the token's insufficient-balance error unless <paramref name="holder"/> has <paramref name="amount"/>.</summary>
    public void Require(string token, string holder, UInt256 amount)
    {
        if (_lrtLedgers.TryGetValue(token, out var ledger))
        {
            if (ledger.Of(holder) < amount) throw new RevertException(ledger.InsufficientBalanceError);
        }
        else
        {
            Wallets.Require(token, holder, amount);
        }
    }

    /// <summary>transfer.</summary>
    public void Transfer(string token, string from, string to, UInt256 amount)
    {
        if (_lrtLedgers.TryGetValue(token, out var ledger)) ledger.Move(from, to, amount);
        else Wallets.Transfer(token, from, to, amount);
    }
}
