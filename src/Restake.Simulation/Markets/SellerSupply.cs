using Restake.Simulation.MonteCarlo;

namespace Restake.Simulation.Markets;

/// <summary>
/// How much panic sellers sell into a StableSwap pool in one step. They want to sell <c>desired</c> (redemption value)
/// at full intensity, but sell less as the price they receive falls: the intensity is 1 at the trigger price and falls
/// linearly to 0 at their reservation price, below which nobody sells. Selling moves the price, so the amount sold q
/// solves q = desired · intensity(price after q), which has one root because the left side rises and the right side
/// falls with q.
/// </summary>
public static class SellerSupply
{
    /// <summary>
    /// Token value sold into the pool (balances <paramref name="eth"/>, <paramref name="token"/> in ETH value) by sellers
    /// wanting <paramref name="desired"/>, receiving the marginal price times 1 − <paramref name="fee"/>, at full
    /// intensity at or above <paramref name="triggerPrice"/> and none at or below <paramref name="reservationPrice"/>.
    /// </summary>
    public static double Sale(double eth, double token, double amplification, double fee, double desired,
        double triggerPrice, double reservationPrice)
    {
        if (desired <= 0 || eth <= 0 || token <= 0) return 0;
        var d = StableSwapSearch.Invariant(eth, token, amplification);
        var net = 1 - fee;
        if (triggerPrice <= reservationPrice)
        {
            // No elastic band: sellers sell everything they want down to their reservation price.
            return Math.Min(desired, StableSwapSearch.TokenToReach(eth, token, amplification, reservationPrice / net));
        }

        var band = triggerPrice - reservationPrice;
        double Excess(double q)
        {
            var received = net * StableSwapSearch.PriceAfterSale(eth, token, q, d, amplification);
            return q - desired * Math.Clamp((received - reservationPrice) / band, 0, 1);
        }

        double lo = 0, hi = desired;
        if (Excess(lo) >= 0) return 0;
        if (Excess(hi) <= 0) return hi;
        for (var i = 0; i < 100 && hi - lo > 1e-12 * desired; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Excess(mid) < 0) lo = mid;
            else hi = mid;
        }

        return lo;
    }
}
