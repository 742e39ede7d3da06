using Restake.Numerics;
using Restake.Protocols.Amm;

namespace Restake.Protocols.Stack;

/// <summary>
/// A StableSwap-NG pool wired to the stack's tokens: coin k is the token <see cref="Coins"/>[k]; the pool's coins
/// sit in the account <see cref="Account"/>, admin fees are paid to <see cref="FeeReceiver"/>. Each call checks the
/// caller's balances, runs the pool engine (all-or-nothing) and then moves the tokens.
/// </summary>
public sealed class StackPool
{
    private readonly StackTokens _tokens;

    internal StackPool(PoolSpec spec, StackTokens tokens, ulong timestamp)
    {
        Id = spec.Id;
        Coins = spec.Coins.ToArray();
        RateOracle = spec.RateOracle;
        _tokens = tokens;
        Pool = new StableSwapNgPool(spec.A, spec.Fee, spec.OffpegFeeMultiplier, Coins.Select(_ => Wad.One).ToArray(), spec.MaExpTime, timestamp);
    }

    public string Id { get; }

    /// <summary>Token of each coin index.</summary>
    public IReadOnlyList<string> Coins { get; }

    /// <summary>True when LRT coins are oracle coins at the vault's rate.</summary>
    public bool RateOracle { get; }

    /// <summary>The pool engine.</summary>
    public StableSwapNgPool Pool { get; }

    /// <summary>Account holding the pool's coins.</summary>
    public string Account => "pool:" + Id;

    /// <summary>Account receiving withdrawn admin fees.</summary>
    public string FeeReceiver => "feeReceiver:" + Id;

    /// <summary>Index of <paramref name="token"/> among the coins, or −1.</summary>
    public int IndexOf(string token) => Array.IndexOf((string[])Coins, token);

    /// <summary><c>exchange(i, j, dx, min_dy)</c> from <paramref name="caller"/>; returns dy.</summary>
    public UInt256 Exchange(string caller, int i, int j, UInt256 dx, UInt256 minDy)
    {
        if (i >= 0 && i < Coins.Count) _tokens.Require(Coins[i], caller, dx);
        var dy = Pool.Exchange(i, j, dx, minDy);
        _tokens.Transfer(Coins[i], caller, Account, dx);
        _tokens.Transfer(Coins[j], Account, caller, dy);
        return dy;
    }

    /// <summary><c>add_liquidity(amounts, min_mint_amount)</c>; returns the LP minted.</summary>
    public UInt256 AddLiquidity(string caller, IReadOnlyList<UInt256> amounts, UInt256 minMintAmount)
    {
        if (amounts.Count == Coins.Count)
            for (var k = 0; k < Coins.Count; k++) _tokens.Require(Coins[k], caller, amounts[k]);
        var result = Pool.AddLiquidity(caller, amounts, minMintAmount);
        for (var k = 0; k < Coins.Count; k++) _tokens.Transfer(Coins[k], caller, Account, amounts[k]);
        return result.LpAmount;
    }

    /// <summary><c>remove_liquidity(burn_amount, min_amounts)</c> (claiming admin fees, as the contract does).</summary>
    public IReadOnlyList<UInt256> RemoveLiquidity(string caller, UInt256 burnAmount, IReadOnlyList<UInt256> minAmounts) =>
        PayingAdminFees(() =>
        {
            var amounts = Pool.RemoveLiquidity(caller, burnAmount, minAmounts);
            for (var k = 0; k < Coins.Count; k++) _tokens.Transfer(Coins[k], Account, caller, amounts[k]);
            return amounts;
        });

    /// <summary><c>remove_liquidity_one_coin(burn_amount, i, min_received)</c>; returns the coin paid.</summary>
    public UInt256 RemoveLiquidityOneCoin(string caller, UInt256 burnAmount, int i, UInt256 minReceived)
    {
        var dy = Pool.RemoveLiquidityOneCoin(caller, burnAmount, i, minReceived);
        _tokens.Transfer(Coins[i], Account, caller, dy);
        return dy;
    }

    /// <summary><c>withdraw_admin_fees()</c>: pays the admin balances to the fee receiver.</summary>
    public IReadOnlyList<UInt256> WithdrawAdminFees() => PayingAdminFees(Pool.WithdrawAdminFees);

    private T PayingAdminFees<T>(Func<T> call)
    {
        var before = Pool.CollectedAdminFees.ToArray();
        var result = call();
        for (var k = 0; k < Coins.Count; k++)
        {
            var paid = Pool.CollectedAdminFees[k] - before[k];
            if (!paid.IsZero) _tokens.Transfer(Coins[k], Account, FeeReceiver, paid);
        }

        return result;
    }

    /// <summary>
    /// Price of one <paramref name="token"/> in <paramref name="quote"/> (1e18): the pool's state price
    /// (<c>get_p</c>) or its EMA (<c>price_oracle</c>), both in rate-scaled units, converted with the stored rates; floors.
    /// </summary>
    public UInt256 PriceOf(string token, string quote, bool ema)
    {
        var a = IndexOf(token);
        var b = IndexOf(quote);
        if (a < 0 || b < 0) throw new ArgumentException($"pool {Id} does not hold both {token} and {quote}");
        return UInt256.MulDiv(PriceInCoin0(a, ema), Wad.One, PriceInCoin0(b, ema), Rounding.Down);
    }

    private UInt256 PriceInCoin0(int k, bool ema)
    {
        if (k == 0) return Wad.One;
        var p = ema ? Pool.PriceOracle(k - 1) : Pool.GetP(k - 1);
        return UInt256.MulDiv(p, Pool.Rates[k], Pool.Rates[0], Rounding.Down);
    }
}
