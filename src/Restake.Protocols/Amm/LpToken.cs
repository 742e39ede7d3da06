using Restake.Numerics;

namespace Restake.Protocols.Amm;

/// <summary>A pool's LP token: total supply and holder balances. Burning more than a holder owns reverts.</summary>
public sealed class LpToken
{
    private readonly Dictionary<string, UInt256> _balances = new(StringComparer.Ordinal);

    /// <summary>totalSupply().</summary>
    public UInt256 TotalSupply { get; private set; }

    /// <summary>balanceOf(holder); 0 for an unknown holder.</summary>
    public UInt256 BalanceOf(string holder) => _balances.GetValueOrDefault(holder);

    /// <summary>Every holder with a non-zero balance.</summary>
    public IReadOnlyDictionary<string, UInt256> Balances => _balances;

    /// <summary>Reverts unless <paramref name="holder"/> owns at least <paramref name="amount"/>.</summary>
    public void RequireBalance(string holder, UInt256 amount)
    {
        if (BalanceOf(holder) < amount) throw new RevertException(CurveErrors.InsufficientLpBalance);
    }

    internal void Mint(string holder, UInt256 amount)
    {
        TotalSupply += amount;
        _balances[holder] = BalanceOf(holder) + amount;
    }

    internal void Burn(string holder, UInt256 amount)
    {
        RequireBalance(holder, amount);
        var left = BalanceOf(holder) - amount;
        if (left.IsZero) _balances.Remove(holder);
        else _balances[holder] = left;
        TotalSupply -= amount;
    }
}
