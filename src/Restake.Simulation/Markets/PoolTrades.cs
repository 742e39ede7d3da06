using Restake.Simulation.MonteCarlo;
using Restake.Simulation.World;

namespace Restake.Simulation.Markets;

/// <summary>
/// The trades a pool sees in a step, each bounded by the price its trader accepts: liquidators sell seized collateral
/// while the sale beats their break-even, panic sellers sell along their supply curve, arbitrageurs buy up to the
/// carry-implied price with the ETH they can commit. Works on either pool engine (fast or exact).
/// </summary>
public static class PoolTrades
{
    /// <summary>Token value the pool absorbs before its marginal price (fee excluded) falls to <paramref name="floor"/>.</summary>
    public static double RoomAbove(IPoolEngine pool, PoolSpec spec, double floor) =>
        StableSwapSearch.TokenToReach(pool.EthBalance, pool.TokenValue, spec.Amplification, floor);

    /// <summary>Sells token value <paramref name="value"/>; returns the ETH received (fee deducted).</summary>
    public static double Sell(IPoolEngine pool, double value) => value > 0 ? pool.SellToken(value) : 0;

    /// <summary>
    /// Panic sellers wanting to sell <paramref name="desired"/> (token value) sell along their supply curve (full
    /// intensity at <paramref name="triggerPrice"/>, none at <paramref name="reservationPrice"/>, prices received net of
    /// the fee); returns the value sold and the ETH received.
    /// </summary>
    public static (double Sold, double Eth) PanicSale(IPoolEngine pool, PoolSpec spec, double desired, double triggerPrice, double reservationPrice)
    {
        var sold = SellerSupply.Sale(pool.EthBalance, pool.TokenValue, spec.Amplification, spec.Fee, desired, triggerPrice, reservationPrice);
        return (sold, Sell(pool, sold));
    }

    /// <summary>
    /// Arbitrageurs with <paramref name="budget"/> ETH buy while the marginal price is below <paramref name="target"/>;
    /// returns the ETH spent and the token value bought.
    /// </summary>
    public static (double Spent, double Bought) Arbitrage(IPoolEngine pool, PoolSpec spec, double budget, double target)
    {
        if (budget <= 0 || pool.Price() >= target) return (0, 0);
        var need = StableSwapSearch.EthToReach(pool.EthBalance, pool.TokenValue, spec.Amplification, target);
        var spend = Math.Min(need, budget);
        return (spend, spend > 0 ? pool.BuyToken(spend) : 0);
    }
}
