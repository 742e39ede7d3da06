using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// Balances and allowances of every standard ERC-20 token in the world (OpenZeppelin v5 semantics: an allowance of
/// <c>type(uint256).max</c> is never spent). Native ETH is kept as the token <see cref="NativeEth"/>.
/// </summary>
public sealed class Erc20Ledger(Journal journal)
{
    private readonly JournaledMap<(Address Token, Address Holder), UInt256> _balances = new(journal);
    private readonly JournaledMap<(Address Token, Address Owner, Address Spender), UInt256> _allowances = new(journal);
    private readonly JournaledMap<Address, UInt256> _supply = new(journal);

    /// <summary>The pseudo-token under which native ETH balances are kept.</summary>
    public static readonly Address NativeEth = new(UInt256.Parse("1461501637330902918203684832716283019655932542975"), "ETH");

    /// <summary><c>balanceOf</c>.</summary>
    public UInt256 BalanceOf(Address token, Address holder) => _balances[(token, holder)];

    /// <summary><c>allowance</c>.</summary>
    public UInt256 Allowance(Address token, Address owner, Address spender) => _allowances[(token, owner, spender)];

    /// <summary>Every unit ever minted of <paramref name="token"/>.</summary>
    public UInt256 TotalSupply(Address token) => _supply[token];

    /// <summary>Creates tokens (setup and faucets; not a contract call).</summary>
    public void Mint(Address token, Address to, UInt256 amount)
    {
        _supply.Increase(token, amount);
        _balances.Increase((token, to), amount);
    }

    /// <summary><c>approve</c> by <paramref name="owner"/>.</summary>
    public void Approve(Address token, Address owner, Address spender, UInt256 amount) =>
        _allowances.Set((token, owner, spender), amount);

    /// <summary><c>transfer</c> from <paramref name="from"/>.</summary>
    public void Transfer(Address token, Address from, Address to, UInt256 amount)
    {
        if (to.IsZero) throw new RevertException(Errors.ERC20InvalidReceiver);
        if (from == to)
        {
            if (_balances[(token, from)] < amount) throw new RevertException(Errors.ERC20InsufficientBalance);
            return;
        }

        _balances.Update((token, from), amount,
            static (balance, a) => balance >= a ? balance - a : throw new RevertException(Errors.ERC20InsufficientBalance));
        _balances.Increase((token, to), amount);
    }

    /// <summary><c>transferFrom</c> called by <paramref name="spender"/>.</summary>
    public void TransferFrom(Address token, Address spender, Address from, Address to, UInt256 amount)
    {
        var allowed = _allowances[(token, from, spender)];
        if (allowed != UInt256.MaxValue)
        {
            if (allowed < amount) throw new RevertException(Errors.ERC20InsufficientAllowance);
            _allowances.Set((token, from, spender), allowed - amount);
        }

        Transfer(token, from, to, amount);
    }
}
