using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking;

/// <summary>
/// Per-holder integer balances with a total (shares of a rebasing token, or balances of a plain ERC-20).
/// Every method either completes or throws before changing anything.
/// </summary>
public sealed class ShareLedger
{
    private readonly Dictionary<string, UInt256> _balances = new(StringComparer.Ordinal);

    /// <summary>Error raised when a holder spends more than it has.</summary>
    public string InsufficientBalanceError { get; }

    /// <summary>Creates an empty ledger whose overdrafts revert with <paramref name="insufficientBalanceError"/>.</summary>
    public ShareLedger(string insufficientBalanceError) => InsufficientBalanceError = insufficientBalanceError;

    /// <summary>Sum of all balances.</summary>
    public UInt256 Total { get; private set; }

    /// <summary>Holders with a non-zero balance.</summary>
    public IEnumerable<KeyValuePair<string, UInt256>> Holders => _balances.Where(kv => !kv.Value.IsZero);

    /// <summary>The balance of <paramref name="holder"/> (zero if unknown).</summary>
    public UInt256 Of(string holder) => _balances.GetValueOrDefault(holder);

    /// <summary>Creates <paramref name="amount"/> for <paramref name="holder"/>.</summary>
    public void Mint(string holder, UInt256 amount)
    {
        var total = Total + amount;
        var balance = Of(holder) + amount;
        Total = total;
        _balances[holder] = balance;
    }

    /// <summary>Destroys <paramref name="amount"/> of <paramref name="holder"/>'s balance.</summary>
    public void Burn(string holder, UInt256 amount)
    {
        var balance = Of(holder);
        if (amount > balance) throw new RevertException(InsufficientBalanceError);
        _balances[holder] = balance - amount;
        Total -= amount;
    }

    /// <summary>Moves <paramref name="amount"/> between holders.</summary>
    public void Move(string from, string to, UInt256 amount)
    {
        var fromBalance = Of(from);
        if (amount > fromBalance) throw new RevertException(InsufficientBalanceError);
        _balances[from] = fromBalance - amount;
        _balances[to] = Of(to) + amount;
    }
}
