namespace Restake.Simulation.Markets;

/// <summary>
/// The highest price at which an arbitrageur still buys a liquid token to hold it to redemption: paying p for one unit
/// of redemption value that grows at the token's yield y until it can be redeemed after T years, against capital that
/// must earn c, breaks even at p = (1 + y·T)/(1 + c·T) (never above the peg, which minting at par caps).
/// </summary>
public static class CarryBound
{
    /// <summary>
    /// Marginal pool price (fee excluded, per unit of redemption value) up to which arbitrageurs buy: the carry-implied
    /// price net of the pool fee <paramref name="fee"/>.
    /// </summary>
    public static double Price(double fee, double costOfCapital, double tokenYield, double delayDays)
    {
        var years = Math.Max(0, delayDays) / 365.0;
        var carry = Math.Min(1, (1 + tokenYield * years) / (1 + costOfCapital * years));
        return (1 - fee) * carry;
    }
}
