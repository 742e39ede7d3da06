namespace Restake.Simulation.MonteCarlo;

/// <summary>How much ETH buys a two-coin StableSwap pool's token up to a target marginal price (doubles, by bisection).</summary>
public static class StableSwapSearch
{
    /// <summary>ETH to swap into the pool (balances <paramref name="eth"/>, <paramref name="token"/>) for the token's price to reach <paramref name="target"/>.</summary>
    /// <remarks>
    /// The swap keeps the invariant, so the price along it is a smooth increasing function of the ETH added; the root is
    /// bracketed and found by the Illinois variant of regula falsi with a bisection every fourth step (a handful of
    /// evaluations instead of 60 halvings), to the same absolute precision token·2⁻⁶⁰, returning the bracket's upper end
    /// (the price there is at or above the target).
    /// </remarks>
    public static double EthToReach(double eth, double token, double amplification, double target)
    {
        var d = Invariant(eth, token, amplification);
        if (PriceAt(eth, token, d, amplification) >= target) return 0;
        return Reach(eth, token, d, amplification, target, addToken: false, token);
    }

    /// <summary>
    /// Token value to swap into the pool for the token's price to fall to <paramref name="target"/> (0 when it is already
    /// at or below it); the price there is at or below the target.
    /// </summary>
    public static double TokenToReach(double eth, double token, double amplification, double target)
    {
        if (target <= 0) return double.PositiveInfinity;
        var d = Invariant(eth, token, amplification);
        if (PriceAt(eth, token, d, amplification) <= target) return 0;
        // The price falls toward 0 as tokens pile up against a finite ETH side: double the bracket until it is passed.
        var hi = Math.Max(eth, token);
        for (var i = 0; i < 200 && PriceAfterSale(eth, token, hi, d, amplification) > target; i++) hi *= 2;
        return Reach(eth, token, d, amplification, target, addToken: true, hi);
    }

    /// <summary>
    /// Root of price(added) = target on [0, <paramref name="hi"/>] for ETH added (price rising) or tokens added (price
    /// falling), returning the end of the bracket past the target.
    /// </summary>
    private static double Reach(double eth, double token, double d, double amplification, double target, bool addToken, double hi)
    {
        // g(added) grows with the amount added in both directions: price − target buying, target − price selling.
        double G(double added) => addToken
            ? target - PriceAfterSale(eth, token, added, d, amplification)
            : PriceAfter(eth, added, d, amplification) - target;
        var flo = G(0);
        if (flo >= 0) return 0;
        double lo = 0;
        var fhi = G(hi);
        if (fhi < 0) return hi;
        var tolerance = Math.ScaleB(hi, -60);
        var side = 0;
        for (var i = 0; i < 200 && hi - lo > tolerance; i++)
        {
            var mid = (i & 3) == 3 ? 0.5 * (lo + hi) : hi - fhi * (hi - lo) / (fhi - flo);
            if (!(mid > lo && mid < hi)) mid = 0.5 * (lo + hi);
            if (!(mid > lo && mid < hi)) break; // the bracket is down to adjacent doubles
            var f = G(mid);
            if (f < 0)
            {
                lo = mid;
                flo = f;
                if (side == -1) fhi *= 0.5;
                side = -1;
            }
            else
            {
                hi = mid;
                fhi = f;
                if (f == 0) break;
                if (side == 1) flo *= 0.5;
                side = 1;
            }
        }

        return hi;
    }

    private static double PriceAfter(double eth, double added, double d, double amplification)
    {
        var x0 = eth + added;
        return PriceAt(x0, Other(x0, d, amplification), d, amplification);
    }

    /// <summary>Marginal price after <paramref name="sold"/> of token value is swapped in (fee excluded).</summary>
    public static double PriceAfterSale(double eth, double token, double sold, double d, double amplification)
    {
        var x1 = token + sold;
        return PriceAt(Other(x1, d, amplification), x1, d, amplification);
    }

    /// <summary>Marginal price of the token (coin 1) in ETH (coin 0).</summary>
    public static double Price(double eth, double token, double amplification)
    {
        return PriceAt(eth, token, Invariant(eth, token, amplification), amplification);
    }

    /// <summary>Marginal price of the token (coin 1) in ETH (coin 0) with the balances' invariant <paramref name="d"/> already known.</summary>
    public static double PriceAt(double eth, double token, double d, double amplification)
    {
        var a4 = 2 * amplification; // Curve A is A·n^(n−1): A·n^n = 2A for two coins
        var d3 = d * d * d;
        return (a4 + d3 / (4 * token * token * eth)) / (a4 + d3 / (4 * token * eth * eth));
    }

    /// <summary>The invariant D of balances x, y (Newton's method as Curve iterates it).</summary>
    public static double Invariant(double x, double y, double amplification)
    {
        var s = x + y;
        if (s <= 0) return 0;
        var a4 = 2 * amplification; // Curve A is A·n^(n−1): A·n^n = 2A for two coins
        var d = s;
        for (var i = 0; i < 255; i++)
        {
            var dp = d * d * d / (4 * x * y);
            var next = (a4 * s + 2 * dp) * d / ((a4 - 1) * d + 3 * dp);
            if (Math.Abs(next - d) <= 1e-13 * d) return next;
            d = next;
        }

        return d;
    }

    /// <summary>The other balance with one balance <paramref name="x"/> and invariant <paramref name="d"/>.</summary>
    public static double Other(double x, double d, double amplification)
    {
        var a4 = 2 * amplification; // Curve A is A·n^(n−1): A·n^n = 2A for two coins
        var c = d * d * d / (4 * x * a4);
        var b = x + d / a4 - d;
        return b >= 0 ? 2 * c / (b + Math.Sqrt(b * b + 4 * c)) : (-b + Math.Sqrt(b * b + 4 * c)) / 2;
    }
}
